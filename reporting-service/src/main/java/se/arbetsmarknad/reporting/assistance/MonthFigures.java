package se.arbetsmarknad.reporting.assistance;

import java.time.YearMonth;
import java.util.Map;

/**
 * One unit's figures for one month, checked: for each measure given, the count for women, men and those
 * whose gender the source did not give (so that K + M + unknown = T).
 */
public record MonthFigures(YearMonth month, String unit, Map<Measure, Counts> figures) {

    /** K, M and the rest of T (people the source gives no gender for); households have only {@code rest}. */
    public record Counts(long women, long men, long rest) {
        public long total() {
            return women + men + rest;
        }
    }
}
