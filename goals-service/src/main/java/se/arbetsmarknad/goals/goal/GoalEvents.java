package se.arbetsmarknad.goals.goal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import se.arbetsmarknad.goals.forecast.Status;
import se.arbetsmarknad.platform.events.EventTypes;
import se.arbetsmarknad.platform.events.goal.GoalDefinition;
import se.arbetsmarknad.platform.events.goal.GoalEvaluated;
import se.arbetsmarknad.platform.events.goal.GoalStatusWorsened;
import se.arbetsmarknad.platform.outbox.Outbox;

/** goal.events.v1 (docs/events/goal.events.v1.md) through the outbox, with the platform's typed payloads. */
@ApplicationScoped
public class GoalEvents {

    @Inject
    Outbox outbox;

    public void defined(Goal goal, boolean isNew) {
        var t = goal.target();
        outbox.publish(isNew ? EventTypes.GOAL_DEFINED : EventTypes.GOAL_CHANGED, goal.id.toString(),
                new GoalDefinition(goal.id, goal.planId, goal.title, goal.statistic(), goal.year, goal.unit(),
                        goal.target, t.kind().code(), t.value(), goal.indicator == null
                                || goal.indicator.areaNumber == null ? null : String.valueOf(goal.indicator.areaNumber)));
    }

    /**
     * Publishes the goal's current figures and judgement, and goal.status-worsened when the computed status
     * went down since it was last published.
     */
    public void evaluated(Goal goal, GoalEvaluations.Evaluation evaluation) {
        var r = evaluation.total();
        var judgement = Judgement.latest(goal.id);
        outbox.publish(EventTypes.GOAL_EVALUATED, goal.id.toString(), new GoalEvaluated(goal.id, goal.planId,
                goal.year, r.asOf(), r.actual(), r.forecast(), r.method(), name(r.status()),
                judgement.map(j -> j.status.name()).orElse(null), judgement.map(j -> j.comment).orElse(null),
                judgement.map(j -> j.judgedBy).orElse(null), judgement.map(j -> j.judgedAt).orElse(null),
                r.targetValue()));
        if (goal.lastStatus != null && goal.lastStatus.worsenedTo(r.status())) {
            outbox.publish(EventTypes.GOAL_STATUS_WORSENED, goal.id.toString(), new GoalStatusWorsened(goal.id,
                    goal.planId, goal.lastStatus.name(), r.status().name(), r.asOf(), goal.year));
        }
        if (r.status() != null) {
            goal.lastStatus = r.status();
        }
    }

    private static String name(Status status) {
        return status == null ? null : status.name();
    }
}
