package se.arbetsmarknad.goals.goal;

import se.arbetsmarknad.goals.forecast.Target;
import se.arbetsmarknad.goals.forecast.TargetKind;
import se.arbetsmarknad.platform.problem.ProblemException;

/** The rules a goal must keep, checked before it is written: each failure is a 400 naming the field. */
public final class GoalRules {

    private GoalRules() {
    }

    /**
     * @param at   the field path of the goal, e.g. {@code goals[3]} or {@code goal}
     * @param unit the indicator's unit, null for a goal without indicator (only a milestone may lack one)
     * @return the parsed target
     */
    public static Target check(String at, GoalDoc g, String unit, int periodFrom, int periodTo) {
        if (g.year() < periodFrom || g.year() > periodTo) {
            throw ProblemException.invalid(at + ".year", "året ligger utanför planens period " + periodFrom + "–"
                    + periodTo + " / the year lies outside the plan's period");
        }
        TargetKind hint = g.targetKind() == null ? null : TargetKind.of(g.targetKind());
        Target target = Target.parse(g.target(), hint).orElseThrow(() -> ProblemException.invalid(at + ".target",
                "målet går inte att läsa" + (hint == null ? "" : " som " + hint.code())
                        + " (t.ex. \"200\", \">109\", \"högst 1 %\", \"fler än 2021\") / the target cannot be read"));
        if (target.kind() != TargetKind.MILESTONE && unit == null) {
            throw ProblemException.invalid(at + ".indicator",
                    "ett mål med tal behöver en indikator / a numeric goal needs an indicator");
        }
        if (unit != null) {
            target.misfit(unit, g.year()).ifPresent(why -> {
                throw ProblemException.invalid(at + ".target", why);
            });
        }
        return target;
    }
}
