package se.arbetsmarknad.reporting.statistics;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/**
 * How far the figures of an imported statistic (catalogue source other than {@code suite}) reach: they
 * come per month, so such a statistic stands as of the end of its latest month, not as of a today it
 * does not cover yet. Implemented where the figures are imported.
 */
public interface ImportedFigures {

    /** The latest month of {@code year} with figures of the statistic, if any. */
    Optional<YearMonth> lastMonth(String statistic, int year);

    /** {@code upTo}, or the end of the statistic's latest month of that year when that is earlier. */
    default LocalDate through(Catalogue.Statistic statistic, LocalDate upTo) {
        if (!statistic.isImported()) {
            return upTo;
        }
        LocalDate end = lastMonth(statistic.id(), upTo.getYear()).map(YearMonth::atEndOfMonth)
                .orElse(LocalDate.of(upTo.getYear(), 1, 1));
        return end.isBefore(upTo) ? end : upTo;
    }
}
