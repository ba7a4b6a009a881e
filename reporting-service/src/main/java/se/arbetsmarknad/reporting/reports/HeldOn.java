package se.arbetsmarknad.reporting.reports;

/**
 * Who held a placement on a day (employed or in an internship "on 2020-09-28", as Malmö's Tabell 1 counts):
 * the match had started by then and had not ended before it — whether it has ended since or not. A match's
 * status only says where it stands today, so a table of a past day asks its start and end days. The end
 * day counts (it is the last day of the placement), as does the planned end of a match still running.
 */
final class HeldOn {

    /** SQL over {@code match_state m} with the parameter {@code :day}. */
    static final String SQL = "(m.started_on <= :day and coalesce(m.ended_on, m.end_date, :day) >= :day)";

    private HeldOn() {
    }
}
