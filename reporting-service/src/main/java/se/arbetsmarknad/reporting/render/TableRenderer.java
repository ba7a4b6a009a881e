package se.arbetsmarknad.reporting.render;

import java.util.function.IntConsumer;

import se.arbetsmarknad.reporting.table.Table;

/**
 * Writes a protected {@link Table} as a file of one {@link Format}. Progress (0–100) is reported per
 * row, so that a long export can show how far it is.
 */
public interface TableRenderer {

    Format format();

    /** @param table through {@code Suppression.protect}; a renderer refuses any other (IllegalStateException) */
    byte[] render(Table table, IntConsumer progress);

    static int percent(int done, int total) {
        return total == 0 ? 100 : (int) (100L * done / total);
    }
}
