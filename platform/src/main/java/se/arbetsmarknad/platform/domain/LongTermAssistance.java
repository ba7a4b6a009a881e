package se.arbetsmarknad.platform.domain;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * Långvarigt försörjningsstöd (long-term social assistance): assistance in at least 10 of the last 12
 * months (Socialstyrelsen's definition), taken here as continuous assistance since the day it began.
 * The one definition for every service: the register's flag and worklist, the matching priority rule
 * and the statistics all ask this class. As SQL, compare the start day with {@link #latestStartFor}.
 */
public final class LongTermAssistance {

    /** Months of assistance that make it long-term. */
    public static final int MONTHS = 10;
    /** The window those months are counted in. */
    public static final int WINDOW_MONTHS = 12;

    private LongTermAssistance() {
    }

    /** The first day on which assistance that began on {@code since} is long-term. */
    public static LocalDate from(LocalDate since) {
        return since.plusMonths(MONTHS);
    }

    /** Whether assistance that began on {@code since} (null: none) is long-term on {@code day}. */
    public static boolean on(LocalDate since, LocalDate day) {
        return since != null && !day.isBefore(from(since));
    }

    /**
     * The latest start day that is long-term on {@code day}, for a query:
     * {@code assistance_since <= :latestStart} holds exactly when {@link #on} does. Not simply ten months
     * back: on the last day of a month every start up to the end of that earlier month counts
     * (30 April + 10 months is 28 February).
     */
    public static LocalDate latestStartFor(LocalDate day) {
        LocalDate back = day.minusMonths(MONTHS);
        boolean lastOfMonth = day.getDayOfMonth() == day.lengthOfMonth();
        return lastOfMonth ? back.with(TemporalAdjusters.lastDayOfMonth()) : back;
    }
}
