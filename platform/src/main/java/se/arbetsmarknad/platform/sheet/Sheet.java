package se.arbetsmarknad.platform.sheet;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import se.arbetsmarknad.platform.problem.ProblemException;

/**
 * A sheet as read by {@link SheetReader}: its column names (lower case, as in the header row) and its
 * data rows, empty rows left out.
 */
public record Sheet(List<String> columns, List<SheetRow> rows) {

    /** How a column name is matched: trimmed, any case ("periodStart", "PeriodStart", "periodstart"). */
    public static String key(String column) {
        return column == null ? "" : column.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * 400 naming {@code field} when a column is not one of {@code allowed} or one of {@code required}
     * is missing; the message lists the allowed columns.
     */
    public void requireColumns(Collection<String> allowed, Collection<String> required, String field) {
        Set<String> known = Set.copyOf(allowed.stream().map(Sheet::key).toList());
        List<String> unknown = columns.stream().filter(c -> !c.isEmpty() && !known.contains(c)).toList();
        List<String> missing = new ArrayList<>();
        for (String r : required) {
            if (!columns.contains(key(r))) {
                missing.add(r);
            }
        }
        if (!unknown.isEmpty() || !missing.isEmpty()) {
            // The lists in both halves: a client shows only the Swedish one ("svenska / English").
            String sv = (unknown.isEmpty() ? "" : "okända kolumner: " + String.join(", ", unknown) + "; ")
                    + (missing.isEmpty() ? "" : "kolumner saknas: " + String.join(", ", missing) + "; ")
                    + "tillåtna: " + String.join(", ", allowed);
            String en = (unknown.isEmpty() ? "" : "unknown columns: " + String.join(", ", unknown) + "; ")
                    + (missing.isEmpty() ? "" : "missing columns: " + String.join(", ", missing) + "; ")
                    + "allowed: " + String.join(", ", allowed);
            throw ProblemException.invalid(field, sv + " / " + en);
        }
    }

    /** Every cell error of every row, in row order. */
    public List<SheetRow.CellError> errors() {
        return rows.stream().flatMap(r -> r.errors().stream()).toList();
    }
}
