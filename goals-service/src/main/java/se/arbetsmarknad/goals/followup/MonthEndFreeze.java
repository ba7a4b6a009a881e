package se.arbetsmarknad.goals.followup;

import java.time.Clock;
import java.time.YearMonth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import se.arbetsmarknad.platform.jobs.ClusterLock;

/**
 * At the start of each month, freezes the month before for every plan — in one replica only, and
 * idempotently (a month already frozen is left as it is), so a re-run or a second replica changes nothing.
 */
@ApplicationScoped
public class MonthEndFreeze {

    private static final Logger LOG = Logger.getLogger(MonthEndFreeze.class);

    @Inject
    FollowUpService followUps;
    @Inject
    ClusterLock lock;
    @Inject
    Clock clock;

    @Scheduled(cron = "${goals.follow-up.freeze-cron:0 30 2 1 * ?}", identity = "goals-month-end-freeze",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        run();
    }

    /** @return follow-ups created; null when another replica holds the job */
    public Integer run() {
        YearMonth previous = YearMonth.now(clock).minusMonths(1);
        Integer created = lock.runExclusively("goals-month-end-freeze", () -> followUps.freezeAll(previous));
        LOG.infof("Month-end freeze of %s: %s follow-ups created", previous, created == null ? "skipped," : created);
        return created;
    }
}
