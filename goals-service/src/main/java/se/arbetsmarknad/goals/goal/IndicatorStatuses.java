package se.arbetsmarknad.goals.goal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import se.arbetsmarknad.goals.catalogue.StatisticsCatalogue;
import se.arbetsmarknad.goals.forecast.Evaluator;
import se.arbetsmarknad.goals.forecast.TargetKind;
import se.arbetsmarknad.goals.statistic.Figures;
import se.arbetsmarknad.platform.problem.ProblemException;

/**
 * Every indicator of a plan with its actual for a year (K/M/T), whether or not a goal is set on it, or
 * exactly what it waits for: the source it is followed from when the suite has no statistic for it, the
 * monthly import for the financial-assistance figures, a reference series' value for the year.
 */
@ApplicationScoped
public class IndicatorStatuses {

    @Inject
    PlanScopes plans;
    @Inject
    IndicatorFigures figures;
    @Inject
    StatisticsCatalogue catalogue;
    @Inject
    Clock clock;

    /** @param year null: this year, within the plan's period */
    @Transactional
    public List<IndicatorStatus> of(UUID planId, Integer year) {
        GoalScope plan = plans.of(planId).orElseThrow(() -> ProblemException.notFound("Planen / The plan"));
        int today = LocalDate.now(clock).getYear();
        int y = year != null ? year : Math.max(plan.periodFrom(), Math.min(plan.periodTo(), today));
        IndicatorFigures.Loaded loaded = figures.load(plan.indicators().values());
        return plan.indicators().values().stream().map(i -> status(i, y, loaded.of(i, y))).toList();
    }

    IndicatorStatus status(Indicator i, int year, IndicatorFigures.Measured measured) {
        String waitingFor = waitingFor(i, year, measured);
        LocalDate asOf = measured.current().map(Figures::asOf).orElse(null);
        Map<String, Double> byGender = new TreeMap<>();
        if (waitingFor == null) {
            for (String gender : GoalEvaluations.GENDERS) {
                if (i.genderBreakdown || gender.equals("T")) {
                    byGender.put(gender, Evaluator.actual(measured.current().get().series(gender), asOf,
                            measured.ratio(), measured.denominator()));
                }
            }
        }
        return new IndicatorStatus(i.code, i.title, i.areaNumber, i.unit, i.statistic, i.denominator, year, asOf,
                byGender.get("T"), byGender, i.source, waitingFor);
    }

    /**
     * What a goal without an actual waits for, in the words of its indicator's status: its source, the
     * import or reporting-service's figures, a reference series; for a milestone, a manager's mark and the
     * source it is followed from. Null when the goal has what it needs.
     *
     * @param measured the goal's figures ({@link IndicatorFigures}), as its evaluation read them
     */
    String waitingFor(Goal goal, Double actual, IndicatorFigures.Measured measured) {
        if (goal.target().kind() == TargetKind.MILESTONE) {
            if (goal.milestoneReachedOn != null) {
                return null;
            }
            String source = goal.indicator == null || goal.indicator.source == null ? "(ingen angiven)" : goal.indicator.source;
            return "Milstolpe utan tal i sviten: nås när en chef markerar den som nådd (PUT /api/goals/" + goal.id
                    + "/milestone); följs från källan: " + source + " / A milestone with no figure in the suite: reached"
                    + " when a manager marks it so; followed from its source";
        }
        return actual != null ? null : waitingFor(goal.indicator, goal.year, measured);
    }

    private String waitingFor(Indicator i, int year, IndicatorFigures.Measured measured) {
        if (i.statistic == null) {
            return "Ingen statistik i sviten; följs från källan: " + (i.source == null ? "(ingen angiven)" : i.source)
                    + " / No statistic in the suite; followed from its source";
        }
        if (measured.current().isEmpty()) {
            boolean imported = catalogue.find(i.statistic).map(StatisticsCatalogue.Statistic::isImported).orElse(false)
                    || catalogue.find(i.denominator).map(StatisticsCatalogue.Statistic::isImported).orElse(false);
            return imported
                    // Said as a manager says it: where the figures come from and where they are read in, no service names.
                    ? "Väntar på månadsuppgifter för " + year + " från verksamhetssystemet för ekonomiskt bistånd"
                            + " (läses in på sidan Ekonomiskt bistånd – månadsuppgifter) / Waiting for the financial-assistance"
                            + " system's monthly figures for " + year + " (imported on the assistance-figures page)"
                    : "Väntar på statistik för " + year + ": inga uppgifter för året ännu / Waiting for " + year
                            + " figures: none for the year yet";
        }
        if (measured.ratio() && (measured.denominator() == null || measured.denominator() <= 0)) {
            return "Väntar på referensserien " + i.denominator + " för " + year + " / Waiting for the reference series "
                    + i.denominator + " for " + year;
        }
        return null;
    }
}
