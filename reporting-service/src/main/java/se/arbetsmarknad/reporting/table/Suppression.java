package se.arbetsmarknad.reporting.table;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Small-count suppression (röjandekontroll), the one place every output goes through.
 *
 * <ol>
 * <li>Primary: a cell about 1–4 persons is suppressed (shown as {@value #MARK}, as SCB writes
 * "uppgift kan inte redovisas"; 0 is shown, it reveals no one).</li>
 * <li>Secondary: for each relation a reader knows (parts adding up to a total, K + M = T, an
 * accumulated value and the month it grew by), a relation with exactly one unknown cell lets the
 * reader work that cell out. If that cell is suppressed, a further cell of the relation is suppressed
 * (the smallest non-zero part, else a non-zero total, a zero only if nothing else is left: hiding a 0 protects little); if it is a hidden cell that is
 * not sensitive, it counts as known from then on. This repeats until nothing changes.</li>
 * <li>Cells computed from a suppressed cell (e.g. a cost from a count) are suppressed with it.</li>
 * </ol>
 * Known limit: combinations of several relations (solving a system of equations across rows and
 * columns at once) are not searched exhaustively; the tables here are small two-way tables where
 * row-and-column rule at a fixed point is the accepted practice.
 */
public final class Suppression {

    public static final String MARK = "..";
    public static final String NOTE = "\"..\" = färre än 5 personer eller går att räkna fram ur sådana uppgifter "
            + "(röjandekontroll) / fewer than 5 persons, or derivable from such figures (disclosure control)";
    static final int SMALLEST_SHOWN = 5;

    private Suppression() {
    }

    public static boolean isSmall(Long count) {
        return count != null && count > 0 && count < SMALLEST_SHOWN;
    }

    /** Suppresses in place and marks the table fit for output. */
    public static Table protect(Table table) {
        List<Table.Cell> cells = table.allCells();
        for (Table.Cell c : cells) {
            if (isSmall(c.count)) {
                c.suppressed = true;
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (List<Table.Cell> relation : table.relations()) {
                List<Table.Cell> unknown = relation.stream().filter(Suppression::unknown).toList();
                if (unknown.size() != 1) {
                    continue;
                }
                Table.Cell only = unknown.get(0);
                if (only.suppressed) {
                    Optional<Table.Cell> partner = partner(relation);
                    if (partner.isPresent()) {
                        partner.get().suppressed = true;
                        changed = true;
                    }
                } else {
                    only.derived = true; // a hidden cell that is not sensitive: the reader may know it
                    changed = true;
                }
            }
            for (Table.Cell c : cells) {
                if (c.follows != null && c.follows.suppressed && !c.suppressed) {
                    c.suppressed = true;
                    changed = true;
                }
            }
        }
        if (cells.stream().anyMatch(Table.Cell::suppressed)) {
            table.note(NOTE);
        }
        table.protectedOutput = true;
        return table;
    }

    private static boolean unknown(Table.Cell c) {
        return c.suppressed || (c.hidden && !c.derived);
    }

    /** The next cell to hide: the smallest shown non-zero part, else a non-zero total, else anything shown. */
    private static Optional<Table.Cell> partner(List<Table.Cell> relation) {
        Comparator<Table.Cell> smallest = Comparator.comparingLong(Table.Cell::sortKey);
        List<Table.Cell> shown = relation.stream().filter(c -> !unknown(c)).toList();
        return shown.stream().filter(c -> !c.total && c.sortKey() > 0).min(smallest)
                .or(() -> shown.stream().filter(c -> c.sortKey() > 0).min(smallest))
                .or(() -> shown.stream().min(smallest));
    }
}
