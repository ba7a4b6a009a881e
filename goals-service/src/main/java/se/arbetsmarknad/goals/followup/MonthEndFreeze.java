package se.arbetsmarknad.goals.followup;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import se.arbetsmarknad.platform.jobs.ClusterLock;

/**
 * At the start of each month, freezes the month before for every plan whose period covers it, once in
 * the whole cluster: each plan's freeze claims the slot {@code <month>/<plan id>} with
 * {@link ClusterLock#runOncePerSlot} in the transaction that freezes it, so a second replica firing the
 * same schedule, or a re-run, skips what is done; a freeze that fails rolls its claim back with it and
 * does not stop the other plans.
 */
@ApplicationScoped
public class MonthEndFreeze {

    static final String JOB = "goals-month-end-freeze";
    private static final Logger LOG = Logger.getLogger(MonthEndFreeze.class);

    @Inject
    FollowUpService followUps;
    @Inject
    ClusterLock lock;
    @Inject
    Clock clock;

    @Scheduled(cron = "${goals.follow-up.freeze-cron:0 30 2 1 * ?}", identity = JOB,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        run();
    }

    /** @return the follow-ups this call created (0 when every plan's month was frozen before) */
    public int run() {
        YearMonth previous = YearMonth.now(clock).minusMonths(1);
        List<UUID> plans = followUps.plansCovering(previous);
        int created = 0;
        for (UUID plan : plans) {
            try {
                boolean[] fresh = { false };
                if (lock.runOncePerSlot(JOB, previous + "/" + plan,
                        () -> fresh[0] = followUps.freeze(plan, previous, null, "system").created())
                        && fresh[0]) {
                    created++;
                }
            } catch (RuntimeException e) {
                LOG.errorf(e, "Month-end freeze of %s failed for plan %s; the next run retries it", previous, plan);
            }
        }
        LOG.infof("Month-end freeze of %s: %d of %d plans frozen now", previous, created, plans.size());
        return created;
    }
}
