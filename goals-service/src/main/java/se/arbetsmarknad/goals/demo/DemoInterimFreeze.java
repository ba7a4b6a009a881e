package se.arbetsmarknad.goals.demo;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import se.arbetsmarknad.platform.demo.DemoDataConfig;
import se.arbetsmarknad.goals.followup.FollowUp;
import se.arbetsmarknad.goals.followup.FollowUpService;
import se.arbetsmarknad.goals.goal.Goal;
import se.arbetsmarknad.goals.goal.GoalEvaluations;
import se.arbetsmarknad.goals.plan.Plan;

/**
 * Lund's interim report as the manager made it on 2022-09-09: the follow-up of August 2022 frozen once
 * the year's figures have reached this service. The demo's figures come from participant-service's demo
 * history through reporting-service, minutes after a fresh start, and a frozen follow-up is never
 * rewritten; so the demo freezes it when the actuals as of 2022-08-31 are the report's own (143, 16, 27,
 * 61, 70) — i.e. when the history has been counted — and not before. Checked every 15 s until done.
 */
@ApplicationScoped
public class DemoInterimFreeze {

    static final YearMonth INTERIM = YearMonth.of(2022, 8);
    private static final Logger LOG = Logger.getLogger(DemoInterimFreeze.class);

    @Inject
    GoalEvaluations evaluations;
    @Inject
    FollowUpService followUps;

    @Inject
    DemoDataConfig demoData;

    private volatile boolean done;

    @Scheduled(every = "15s", delayed = "20s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        if (demoData.enabled() && !done) {
            try {
                done = freezeWhenCounted(DemoData.LUND_PLAN, INTERIM, DemoData.LUND_INTERIM);
            } catch (RuntimeException e) {
                LOG.warnf("Demo data: the interim follow-up of %s is not frozen yet: %s", INTERIM, e.getMessage());
            }
        }
    }

    /**
     * Freezes the interim follow-up of {@code month} for the plan of that name once its actuals at the month's
     * end are {@code expected} (by indicator code).
     *
     * @return true when it is frozen (now or before), false while the figures are not all in
     */
    @Transactional
    public boolean freezeWhenCounted(String planName, YearMonth month, Map<String, Double> expected) {
        Plan plan = Plan.<Plan>find("name", planName).firstResultOptional().orElse(null);
        if (plan == null) {
            return false;
        }
        if (FollowUp.count("planId = ?1 and month = ?2", plan.id, month.toString()) > 0) {
            return true;
        }
        Map<String, Double> actual = actualsAt(plan.id, month.atEndOfMonth(), expected);
        if (!actual.equals(new TreeMap<>(expected))) {
            LOG.debugf("Demo data: %s's actuals at %s so far %s", planName, month.atEndOfMonth(), actual);
            return false;
        }
        followUps.freeze(plan.id, month, FollowUpService.INTERIM, DemoData.MANAGER);
        LOG.infof("Demo data: %s's interim follow-up %s frozen with %s", planName, month, actual);
        return true;
    }

    private Map<String, Double> actualsAt(UUID planId, LocalDate day, Map<String, Double> expected) {
        Map<String, Double> actual = new TreeMap<>();
        for (Goal g : Goal.ofPlan(planId)) {
            if (g.indicator != null && expected.containsKey(g.indicator.code)) {
                actual.put(g.indicator.code, evaluations.evaluate(g, day).total().actual());
            }
        }
        return actual;
    }
}
