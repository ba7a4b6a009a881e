package se.arbetsmarknad.reporting.readmodel;

import java.math.BigDecimal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import se.arbetsmarknad.platform.events.CloudEvent;
import se.arbetsmarknad.platform.events.EventJson;
import se.arbetsmarknad.platform.events.goal.FollowUpFrozen;
import se.arbetsmarknad.platform.events.goal.GoalDefinition;
import se.arbetsmarknad.platform.events.goal.GoalEvaluated;

/**
 * Applies goal.events.v1 for the interim report (Lund's form): the goal as defined, its latest
 * evaluation, and its frozen follow-ups. An evaluation may arrive before the definition (upsert either
 * way); an older evaluation never replaces a newer one; a frozen follow-up is written once.
 */
@ApplicationScoped
public class GoalProjection {

    @Inject
    EntityManager em;
    @Inject
    EventJson json;

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(CloudEvent event) {
        switch (json.payload(event)) {
            case GoalDefinition d -> em.createNativeQuery("""
                    insert into goal (goal_id, plan_id, title, statistic, year, unit, target, target_kind)
                    values (:id, :plan, :title, :statistic, :year, :unit, :target, :targetKind)
                    on conflict (goal_id) do update set plan_id = excluded.plan_id, title = excluded.title,
                    statistic = excluded.statistic, year = excluded.year, unit = excluded.unit,
                    target = excluded.target, target_kind = excluded.target_kind""")
                    .setParameter("id", d.goalId()).setParameter("plan", d.planId())
                    .setParameter("title", d.title()).setParameter("statistic", d.statistic())
                    .setParameter("year", d.year()).setParameter("unit", d.unit())
                    .setParameter("target", d.target())
                    .setParameter("targetKind", d.targetKind())
                    .executeUpdate();
            case GoalEvaluated e -> em.createNativeQuery("""
                    insert into goal (goal_id, year, as_of, actual, forecast, computed_status, judgement, judgement_comment)
                    values (:id, :year, :asOf, :actual, :forecast, :computed, :judgement, :comment)
                    on conflict (goal_id) do update set as_of = excluded.as_of, actual = excluded.actual,
                    forecast = excluded.forecast, computed_status = excluded.computed_status,
                    judgement = excluded.judgement, judgement_comment = excluded.judgement_comment
                    where goal.as_of is null or goal.as_of <= excluded.as_of""")
                    .setParameter("id", e.goalId()).setParameter("year", e.year())
                    .setParameter("asOf", e.asOf())
                    .setParameter("actual", decimal(e.actual()))
                    .setParameter("forecast", decimal(e.forecast()))
                    .setParameter("computed", e.computedStatus())
                    .setParameter("judgement", e.judgement())
                    .setParameter("comment", e.judgementComment())
                    .executeUpdate();
            case FollowUpFrozen f -> frozen(f);
            default -> {
                // status-worsened does not change the interim table
            }
        }
    }

    /** A frozen follow-up's rows, once: the month's figures as the managers froze them (the interim report). */
    private void frozen(FollowUpFrozen f) {
        if (f.goals() == null) {
            return;
        }
        for (FollowUpFrozen.FrozenGoal g : f.goals()) {
            em.createNativeQuery("""
                    insert into goal_follow_up (follow_up_id, goal_id, plan_id, month, kind, as_of, actual, forecast,
                      computed_status, judgement)
                    values (:f, :g, :plan, :month, :kind, :asOf, :actual, :forecast, :computed, :judgement)
                    on conflict do nothing""")
                    .setParameter("f", f.followUpId()).setParameter("g", g.goalId()).setParameter("plan", f.planId())
                    .setParameter("month", f.month()).setParameter("kind", f.kind()).setParameter("asOf", f.asOf())
                    .setParameter("actual", decimal(g.actual())).setParameter("forecast", decimal(g.forecast()))
                    .setParameter("computed", g.computedStatus()).setParameter("judgement", g.judgement())
                    .executeUpdate();
        }
    }

    /**
     * The figure as the number it is: the record carries a {@code Double}, so a whole 143 arrives as 143.0;
     * stored with its trailing zeros, the report would show 143.0 where goals-service wrote 143.
     */
    static BigDecimal decimal(Double value) {
        if (value == null) {
            return null;
        }
        BigDecimal d = BigDecimal.valueOf(value).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0) : d;
    }
}
