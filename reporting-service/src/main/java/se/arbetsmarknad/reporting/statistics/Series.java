package se.arbetsmarknad.reporting.statistics;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A statistic's figures per period and breakdown, before suppression.
 *
 * @param rows one per period and group (values of {@code by}, in order)
 */
public record Series(Catalogue.Statistic statistic, Period period, LocalDate from, LocalDate to, List<Dim> by,
        List<Row> rows) {

    /** Per gender K, M and T (all): the figure and the number of people behind it. */
    public record Row(LocalDate start, String label, List<String> group, Map<String, Value> byGender) {
        public Value gender(String g) {
            return byGender.getOrDefault(g, Value.ZERO);
        }
    }

    public record Value(double value, long people) {
        public static final Value ZERO = new Value(0, 0);

        public static Value count(long n) {
            return new Value(n, n);
        }
    }

    public static final List<String> GENDERS = List.of("K", "M", "T");
}
