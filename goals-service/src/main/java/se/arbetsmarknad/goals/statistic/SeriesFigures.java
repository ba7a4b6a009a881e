package se.arbetsmarknad.goals.statistic;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import se.arbetsmarknad.goals.forecast.Evaluator;

/**
 * One statistic's figures for one year as an evaluation reads them: the values of a stored
 * {@link StatisticSeries} row, not the managed entity, so a read keeps no snapshot of the JSON breakdown
 * for Hibernate to copy and compare at commit (that copy, a serialise-and-parse of the JSON, was a third of
 * the samples of reading the series in a plan status' profile).
 *
 * @param breakdown {"T": [12 monthly values], "K": [...], "M": [...]}
 */
public record SeriesFigures(String statistic, int year, LocalDate asOf, String aggregation,
        Map<String, List<Double>> breakdown) implements Figures {

    /** The series for one gender (T, K or M), as the evaluator reads it. */
    @Override
    public Evaluator.Series series(String gender) {
        List<Double> values = breakdown.getOrDefault(gender, List.of());
        double[] months = new double[12];
        for (int i = 0; i < Math.min(12, values.size()); i++) {
            months[i] = values.get(i) == null ? 0 : values.get(i);
        }
        return new Evaluator.Series(year, asOf, aggregation, months);
    }
}
