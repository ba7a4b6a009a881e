package se.arbetsmarknad.placement.allocation;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How allocations run: at once or as a background job, and how jobs survive a replica that stops. */
@ConfigMapping(prefix = "placement.allocation")
public interface AllocationConfig {

    /**
     * Batches with at most this many candidate pairs (participants × placements) are answered at once; larger
     * ones run as a background job. 1 000 000 candidates (1 000 × 1 000, every rule) take about 0.1 s of CPU here
     * and 0.7 s with the machine heavily loaded; 5 000 × 2 000 about 1.5 s of CPU, so everything that could
     * take a second or more becomes a job.
     */
    @WithDefault("1000000")
    long synchronousPairs();

    /** Jobs this replica runs at once (each holds its pairs in memory: ≈ 40 MB for 5 M pairs). */
    @WithDefault("1")
    int concurrentJobs();

    /** A running job whose replica has not reported for this long is taken over by another (or the restarted) replica. */
    @WithDefault("60s")
    Duration staleAfter();

    /** How often each replica looks for jobs that nobody runs (read by the scheduler as {@code placement.allocation.sweep-every}). */
    @WithDefault("15s")
    Duration sweepEvery();

    /** The first look after start-up. */
    @WithDefault("10s")
    Duration sweepDelay();

    /** Finished jobs and their results are kept this long. */
    @WithDefault("1d")
    Duration keep();
}
