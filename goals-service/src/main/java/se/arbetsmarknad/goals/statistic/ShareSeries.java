package se.arbetsmarknad.goals.statistic;

import java.time.LocalDate;

import se.arbetsmarknad.goals.forecast.Evaluator;

/**
 * One statistic as a percentage of another, month by month (e.g. the long-term recipients among all adult
 * recipients): each month holds the share of the two aggregated up to it, so for stocks it is that
 * month's share and for flows the share so far; it is read as a level ({@code last}). Per gender it is
 * the share within that gender. As of the earlier of the two.
 */
public record ShareSeries(SeriesFigures part, SeriesFigures whole) implements Figures {

    @Override
    public int year() {
        return part.year();
    }

    @Override
    public LocalDate asOf() {
        return part.asOf().isBefore(whole.asOf()) ? part.asOf() : whole.asOf();
    }

    @Override
    public Evaluator.Series series(String gender) {
        Evaluator.Series p = part.series(gender);
        Evaluator.Series w = whole.series(gender);
        double[] months = new double[12];
        for (int m = 1; m <= 12; m++) {
            double denominator = w.upTo(m);
            months[m - 1] = denominator > 0 ? p.upTo(m) * 100 / denominator : 0;
        }
        return new Evaluator.Series(year(), asOf(), "last", months);
    }
}
