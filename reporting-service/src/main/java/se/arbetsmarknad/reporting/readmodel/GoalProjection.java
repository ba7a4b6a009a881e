package se.arbetsmarknad.reporting.readmodel;

import static se.arbetsmarknad.reporting.readmodel.Payload.optionalDate;
import static se.arbetsmarknad.reporting.readmodel.Payload.optionalText;
import static se.arbetsmarknad.reporting.readmodel.Payload.uuid;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;

import se.arbetsmarknad.platform.events.CloudEvent;

/**
 * Applies goal.events.v1 for the interim report (Lund's form): the goal as defined, and its latest
 * evaluation. An evaluation may arrive before the definition (upsert either way); an older evaluation
 * never replaces a newer one.
 */
@ApplicationScoped
public class GoalProjection {

    @Inject
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(CloudEvent event) {
        JsonNode d = event.data();
        switch (event.type()) {
            case "goal.defined", "goal.changed" -> em.createNativeQuery("""
                    insert into goal (goal_id, plan_id, title, statistic, year, unit, target, target_kind)
                    values (:id, :plan, :title, :statistic, :year, :unit, :target, :targetKind)
                    on conflict (goal_id) do update set plan_id = excluded.plan_id, title = excluded.title,
                    statistic = excluded.statistic, year = excluded.year, unit = excluded.unit,
                    target = excluded.target, target_kind = excluded.target_kind""")
                    .setParameter("id", uuid(d, "goalId")).setParameter("plan", uuid(d, "planId"))
                    .setParameter("title", optionalText(d, "title")).setParameter("statistic", optionalText(d, "statistic"))
                    .setParameter("year", Payload.integer(d, "year")).setParameter("unit", optionalText(d, "unit"))
                    .setParameter("target", optionalText(d, "target"))
                    .setParameter("targetKind", optionalText(d, "targetKind"))
                    .executeUpdate();
            case "goal.evaluated" -> em.createNativeQuery("""
                    insert into goal (goal_id, year, as_of, actual, forecast, computed_status, judgement, judgement_comment)
                    values (:id, :year, :asOf, :actual, :forecast, :computed, :judgement, :comment)
                    on conflict (goal_id) do update set as_of = excluded.as_of, actual = excluded.actual,
                    forecast = excluded.forecast, computed_status = excluded.computed_status,
                    judgement = excluded.judgement, judgement_comment = excluded.judgement_comment
                    where goal.as_of is null or goal.as_of <= excluded.as_of""")
                    .setParameter("id", uuid(d, "goalId")).setParameter("year", Payload.integer(d, "year"))
                    .setParameter("asOf", optionalDate(d, "asOf"))
                    .setParameter("actual", d.path("actual").isNumber() ? d.path("actual").decimalValue() : null)
                    .setParameter("forecast", d.path("forecast").isNumber() ? d.path("forecast").decimalValue() : null)
                    .setParameter("computed", optionalText(d, "computedStatus"))
                    .setParameter("judgement", optionalText(d, "judgement"))
                    .setParameter("comment", optionalText(d, "judgementComment"))
                    .executeUpdate();
            default -> {
                // status-worsened and follow-up-frozen do not change the interim table
            }
        }
    }
}
