package se.arbetsmarknad.goals.forecast;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Actual to date, forecast for the year end and the computed status of one goal: a pure function of
 * the statistic's monthly values, so the same inputs always give the same figures (and follow-ups can
 * recompute any past month end).
 *
 * <p>Actual = the statistic aggregated over the months up to {@code asOf} ({@code sum} for flows,
 * {@code last} for stocks) — the very figure reporting-service shows. Forecast: when earlier complete
 * years exist, the actual scaled by how those years went on from the same month (seasonal: e.g. a slow
 * summer), averaged; otherwise a straight line (flows: pro rata over the days of the year; stocks: the
 * least-squares trend of the months so far).
 */
public final class Evaluator {

    private Evaluator() {
    }

    /** One year of a statistic, 12 monthly values (not cumulative), as of a date. */
    public record Series(int year, LocalDate asOf, String aggregation, double[] months) {
        public boolean complete() {
            return !asOf.isBefore(LocalDate.of(year, 12, 31));
        }

        public boolean isSum() {
            return !"last".equals(aggregation);
        }

        /** The aggregate of months 1..m. */
        public double upTo(int m) {
            if (m <= 0) {
                return 0;
            }
            if (isSum()) {
                double s = 0;
                for (int i = 0; i < m; i++) {
                    s += months[i];
                }
                return s;
            }
            return months[m - 1];
        }
    }

    /**
     * @param current     this year's series (null when no figure has arrived yet)
     * @param history     complete earlier years of the same statistic (any order)
     * @param denominator for a ratio goal (percent of e.g. the adult population): the reference value
     *                    for the goal's year; null for a plain goal
     * @param previousYearTotal for "fler än <year>": that year's full value; null when unknown
     * @param milestoneReached for a milestone
     */
    public record Input(int year, LocalDate asOf, Target target, Series current, List<Series> history,
            boolean ratio, Double denominator, Double previousYearTotal, boolean milestoneReached, double tolerance) {
    }

    public record Result(LocalDate asOf, Double actual, Double forecast, String method, Double targetValue,
            Status status) {
    }

    public static Result evaluate(Input in) {
        Target target = in.target();
        if (target.kind() == TargetKind.MILESTONE) {
            Status s = in.milestoneReached() ? Status.JA
                    : !in.asOf().isBefore(LocalDate.of(in.year(), 12, 31)) ? Status.NEJ : null;
            return new Result(in.asOf(), null, null, "none", null, s);
        }
        Double targetValue = target.kind() == TargetKind.MORE_THAN_PREVIOUS_YEAR
                ? in.previousYearTotal() : target.value();
        if (in.current() == null || (in.ratio() && (in.denominator() == null || in.denominator() <= 0))) {
            return new Result(in.asOf(), null, null, "none", targetValue, null);
        }
        Series cur = in.current();
        LocalDate asOf = in.asOf().isAfter(cur.asOf()) ? cur.asOf() : in.asOf();
        int month = monthOf(cur, asOf);
        double actual = cur.upTo(month);
        double forecast;
        String method;
        boolean yearOver = !asOf.isBefore(LocalDate.of(cur.year(), 12, 31));
        OptionalDouble seasonal = seasonalFactor(in.history(), month, cur.year());
        if (yearOver) {
            forecast = actual;
            method = "final";
        } else if (seasonal.isPresent()) {
            forecast = actual * seasonal.getAsDouble();
            method = "seasonal";
        } else {
            forecast = linear(cur, asOf, month, actual);
            method = "linear";
        }
        if (in.ratio()) {
            actual = actual * 100 / in.denominator();
            forecast = forecast * 100 / in.denominator();
        }
        Status status = targetValue == null ? null : status(target, targetValue, forecast, in.tolerance());
        return new Result(asOf, round(actual), round(forecast), method, targetValue, status);
    }

    /**
     * The actual to date alone (an indicator followed without a goal): the series aggregated up to the
     * month of {@code asOf} (or of the series' own asOf when earlier), as a percentage of the denominator
     * for a ratio; null without a series or a usable denominator. The same figure a goal on it shows.
     */
    public static Double actual(Series cur, LocalDate asOf, boolean ratio, Double denominator) {
        if (cur == null || (ratio && (denominator == null || denominator <= 0))) {
            return null;
        }
        LocalDate at = asOf.isAfter(cur.asOf()) ? cur.asOf() : asOf;
        double actual = cur.upTo(monthOf(cur, at));
        return round(ratio ? actual * 100 / denominator : actual);
    }

    /** The last month of the series' year that {@code asOf} covers (all twelve once the year is over). */
    private static int monthOf(Series cur, LocalDate asOf) {
        return asOf.getYear() > cur.year() ? 12 : asOf.getMonthValue();
    }

    /** Mean of (full year / up to the same month) over the earlier complete years where it is defined. */
    static OptionalDouble seasonalFactor(List<Series> history, int month, int year) {
        return history.stream()
                .filter(h -> h.year() < year && h.complete() && h.upTo(month) > 0)
                .mapToDouble(h -> h.upTo(12) / h.upTo(month))
                .average();
    }

    private static double linear(Series cur, LocalDate asOf, int month, double actual) {
        if (cur.isSum()) {
            long elapsed = ChronoUnit.DAYS.between(LocalDate.of(cur.year(), 1, 1), asOf) + 1;
            return actual * asOf.lengthOfYear() / elapsed;
        }
        if (month < 2) {
            return actual;
        }
        // Least-squares line through months 1..m, read at month 12.
        double n = month;
        double sx = 0;
        double sy = 0;
        double sxy = 0;
        double sxx = 0;
        for (int i = 1; i <= month; i++) {
            double y = cur.months()[i - 1];
            sx += i;
            sy += y;
            sxy += i * y;
            sxx += (double) i * i;
        }
        double slope = (n * sxy - sx * sy) / (n * sxx - sx * sx);
        double intercept = (sy - slope * sx) / n;
        return Math.max(0, intercept + slope * 12);
    }

    static Status status(Target target, double targetValue, double forecast, double tolerance) {
        return switch (target.kind()) {
            case AT_MOST -> {
                boolean met = target.strict() ? forecast < targetValue : forecast <= targetValue;
                yield met ? Status.JA : forecast <= targetValue * (1 + tolerance) ? Status.OSAKERT : Status.NEJ;
            }
            case VALUE, AT_LEAST, MORE_THAN_PREVIOUS_YEAR -> {
                boolean strict = target.strict() || target.kind() == TargetKind.MORE_THAN_PREVIOUS_YEAR;
                boolean met = strict ? forecast > targetValue : forecast >= targetValue;
                yield met ? Status.JA : forecast >= targetValue * (1 - tolerance) ? Status.OSAKERT : Status.NEJ;
            }
            case MILESTONE -> null;
        };
    }

    static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
