package se.arbetsmarknad.reporting.statistics;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;

/** How a date range is cut into report periods. */
public enum Period {
    MONTH, QUARTER, YEAR, YTD, RANGE;

    public static Period parse(String text) {
        if (text == null || text.isBlank()) {
            return MONTH;
        }
        try {
            return valueOf(text.trim().toUpperCase().replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw se.arbetsmarknad.platform.problem.ProblemException.invalid("period",
                    "en av month, quarter, year, ytd, range / one of month, quarter, year, ytd, range");
        }
    }

    /** The start of the period a day falls in (YTD and RANGE: one period starting at {@code from}). */
    public LocalDate start(LocalDate day, LocalDate from) {
        return switch (this) {
            case MONTH -> day.withDayOfMonth(1);
            case QUARTER -> LocalDate.of(day.getYear(), (day.get(IsoFields.QUARTER_OF_YEAR) - 1) * 3 + 1, 1);
            case YEAR -> day.withDayOfYear(1);
            case YTD, RANGE -> from;
        };
    }

    public LocalDate next(LocalDate start, LocalDate to) {
        return switch (this) {
            case MONTH -> start.plusMonths(1);
            case QUARTER -> start.plusMonths(3);
            case YEAR -> start.plusYears(1);
            case YTD, RANGE -> to.plusDays(1);
        };
    }

    /** Period starts covering [from, to]. */
    public List<LocalDate> starts(LocalDate from, LocalDate to) {
        List<LocalDate> starts = new ArrayList<>();
        for (LocalDate s = start(from, from); !s.isAfter(to); s = next(s, to)) {
            starts.add(s);
        }
        return starts;
    }

    public String label(LocalDate start, LocalDate from, LocalDate to) {
        return switch (this) {
            case MONTH -> start.toString().substring(0, 7);
            case QUARTER -> start.getYear() + "-Q" + start.get(IsoFields.QUARTER_OF_YEAR);
            case YEAR -> String.valueOf(start.getYear());
            case YTD, RANGE -> from + "–" + to;
        };
    }

    /** The SQL expression putting {@code day} in its period (YTD/RANGE: the constant {@code :from}). */
    String sqlBucket() {
        return switch (this) {
            case MONTH -> "cast(date_trunc('month', day) as date)";
            case QUARTER -> "cast(date_trunc('quarter', day) as date)";
            case YEAR -> "cast(date_trunc('year', day) as date)";
            case YTD, RANGE -> "cast(:from as date)";
        };
    }
}
