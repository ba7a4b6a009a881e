package se.arbetsmarknad.goals.goal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import se.arbetsmarknad.goals.GoalsConfig;
import se.arbetsmarknad.goals.forecast.Evaluator;
import se.arbetsmarknad.goals.forecast.Target;
import se.arbetsmarknad.goals.forecast.TargetKind;
import se.arbetsmarknad.goals.statistic.Figures;

/** Gathers a goal's inputs (its statistic's series, earlier years, reference data) and evaluates it. */
@ApplicationScoped
public class GoalEvaluations {

    static final List<String> GENDERS = List.of("T", "K", "M");

    @Inject
    GoalsConfig config;
    @Inject
    Clock clock;
    @Inject
    IndicatorFigures figures;

    /** The evaluation in total and per gender (K/M when the indicator is split). */
    public record Evaluation(Evaluator.Result total, Map<String, Double> actualByGender) {
    }

    /** As of the newest figures (the statistic's asOf), or today when none has arrived. */
    public Evaluation evaluate(Goal goal) {
        return evaluate(goal, null);
    }

    /** @param asOf evaluate as of this date (a month end for a follow-up); null: as of the newest figures */
    public Evaluation evaluate(Goal goal, LocalDate asOf) {
        return evaluate(goal, asOf, figures.of(goal.indicator, goal.year));
    }

    /**
     * @param asOf     as above
     * @param measured the goal's figures, when the caller read those of many goals at once
     *                 ({@link IndicatorFigures#load})
     */
    public Evaluation evaluate(Goal goal, LocalDate asOf, IndicatorFigures.Measured measured) {
        Target target = goal.target();
        LocalDate when = asOf != null ? asOf : measured.current().map(Figures::asOf)
                .orElseGet(() -> noFiguresAsOf(goal, target));
        Map<String, Double> byGender = new TreeMap<>();
        Evaluator.Result total = null;
        for (String gender : GENDERS) {
            Evaluator.Series series = measured.current().map(s -> s.series(gender)).orElse(null);
            List<Evaluator.Series> history = measured.earlier().stream().map(s -> s.series(gender)).toList();
            Double previous = previousYearTotal(target, measured.earlier(), gender);
            Evaluator.Result r = Evaluator.evaluate(new Evaluator.Input(goal.year, when, target, series, history,
                    measured.ratio(), measured.denominator(), previous, goal.milestoneReachedOn != null
                            && !goal.milestoneReachedOn.isAfter(when),
                    config.status().tolerance()));
            if (gender.equals("T")) {
                total = r;
            }
            if (goal.indicator == null || goal.indicator.genderBreakdown || gender.equals("T")) {
                byGender.put(gender, r.actual());
            }
        }
        return new Evaluation(total, byGender);
    }

    /**
     * The date a goal without figures is evaluated as of. A milestone: today, at the latest its year's
     * end (after which an unreached one is NEJ). A numeric goal: the start of its year, so that the first
     * real figures are never older than what was published before them (consumers keep the newest asOf).
     */
    private LocalDate noFiguresAsOf(Goal goal, Target target) {
        LocalDate today = LocalDate.now(clock);
        LocalDate bound = target.kind() == TargetKind.MILESTONE ? LocalDate.of(goal.year, 12, 31)
                : LocalDate.of(goal.year, 1, 1);
        return today.isBefore(bound) ? today : bound;
    }

    /** "Fler än 2021": the full value of that year of the same figures, aggregated like them. */
    private static Double previousYearTotal(Target target, List<Figures> earlier, String gender) {
        if (target.kind() != TargetKind.MORE_THAN_PREVIOUS_YEAR) {
            return null;
        }
        int year = target.value().intValue();
        return earlier.stream().filter(s -> s.year() == year).findFirst()
                .map(s -> {
                    Evaluator.Series series = s.series(gender);
                    int months = s.asOf().getYear() > year ? 12 : s.asOf().getMonthValue();
                    return series.upTo(months);
                })
                .orElse(null);
    }
}
