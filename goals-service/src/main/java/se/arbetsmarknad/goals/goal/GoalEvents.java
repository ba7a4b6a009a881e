package se.arbetsmarknad.goals.goal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import se.arbetsmarknad.goals.forecast.Status;
import se.arbetsmarknad.platform.events.Topics;
import se.arbetsmarknad.platform.outbox.Outbox;

/** The payloads of goal.events.v1 (docs/events/goal.events.v1.md) and their publication through the outbox. */
@ApplicationScoped
public class GoalEvents {

    public static final String DEFINED = "goal.defined";
    public static final String CHANGED = "goal.changed";
    public static final String EVALUATED = "goal.evaluated";
    public static final String STATUS_WORSENED = "goal.status-worsened";
    public static final String FOLLOW_UP_FROZEN = "goal.follow-up-frozen";

    public record GoalDefined(UUID goalId, UUID planId, String title, String statistic, int year, String unit,
            String target, String targetKind, Double targetValue, String areaCode) {
    }

    public record GoalEvaluated(UUID goalId, UUID planId, int year, LocalDate asOf, Double actual, Double forecast,
            String forecastMethod, Status computedStatus, Status judgement, String judgementComment, String judgedBy,
            OffsetDateTime judgedAt, Double targetValue) {
    }

    public record StatusWorsened(UUID goalId, UUID planId, Status from, Status to, LocalDate asOf, int year) {
    }

    @Inject
    Outbox outbox;

    public void defined(Goal goal, boolean isNew) {
        var t = goal.target();
        GoalDefined payload = new GoalDefined(goal.id, goal.planId, goal.title, goal.statistic(), goal.year,
                goal.unit(), goal.target, t.kind().code(), t.value(),
                goal.indicator == null || goal.indicator.areaNumber == null ? null
                        : String.valueOf(goal.indicator.areaNumber));
        outbox.publish(Topics.GOAL, goal.id.toString(), isNew ? DEFINED : CHANGED, payload);
    }

    /**
     * Publishes the goal's current figures and judgement, and goal.status-worsened when the computed status
     * went down since it was last published.
     */
    public void evaluated(Goal goal, GoalEvaluations.Evaluation evaluation) {
        var r = evaluation.total();
        var judgement = Judgement.latest(goal.id);
        outbox.publish(Topics.GOAL, goal.id.toString(), EVALUATED, new GoalEvaluated(goal.id, goal.planId, goal.year,
                r.asOf(), r.actual(), r.forecast(), r.method(), r.status(),
                judgement.map(j -> j.status).orElse(null), judgement.map(j -> j.comment).orElse(null),
                judgement.map(j -> j.judgedBy).orElse(null), judgement.map(j -> j.judgedAt).orElse(null),
                r.targetValue()));
        if (goal.lastStatus != null && goal.lastStatus.worsenedTo(r.status())) {
            outbox.publish(Topics.GOAL, goal.id.toString(), STATUS_WORSENED,
                    new StatusWorsened(goal.id, goal.planId, goal.lastStatus, r.status(), r.asOf(), goal.year));
        }
        if (r.status() != null) {
            goal.lastStatus = r.status();
        }
    }
}
