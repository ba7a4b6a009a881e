package se.arbetsmarknad.platform.outbox;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "outbox")
public interface OutboxConfig {

    /** The CloudEvents {@code source} of this service's events. */
    @WithDefault("/${quarkus.application.name}")
    String source();

    Relay relay();

    interface Relay {
        /** Off in unit tests that run without a broker. */
        @WithDefault("true")
        boolean enabled();

        /**
         * How often the relay looks for unpublished events (a scheduler interval, 1s at the least).
         * Commits that wrote events also wake the relay at once, so this only bounds the delay after a
         * failure or a write by another replica.
         */
        @WithDefault("1s")
        String interval();

        /**
         * The least time from the start of one pass woken by a commit to the start of the next: commits
         * within it wait for the next pass and go out together (one Kafka transaction instead of one per
         * commit, and so one transaction in each consumer). An event waits at most this long, and only
         * when a pass ran just before; 0 starts a pass after every commit that finds the relay idle. 40ms, not
         * 10ms: at the maximum enrolment rate on two cores the consumers' CPU per event (reporting, placement and
         * Kafka together) fell by 28–44 % and the rate rose 24–42 % (docs/performance.md, 2026-12-03), with
         * commit → visible unchanged.
         */
        @WithDefault("40ms")
        Duration minInterval();

        /** How many rows one relay pass publishes at most. */
        @WithDefault("200")
        int batchSize();

        /** Wait after a failed pass before the next one, doubled per failure up to {@link #maxBackoff()}. */
        @WithDefault("500ms")
        Duration backoff();

        @WithDefault("10s")
        Duration maxBackoff();

        /** Published rows older than this are deleted; the topics are the history. */
        @WithDefault("P7D")
        Duration retainPublished();
    }
}
