package se.arbetsmarknad.reporting.table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A total row under a table's rows. The cells of the rows are made here, so the sums and, for counts of
 * people, the relation "the rows add up to the total" (which secondary suppression needs) cannot drift
 * from what is shown.
 */
public final class Totals {

    private final Map<String, List<Table.Cell>> counted = new LinkedHashMap<>();
    private final Map<String, Long> sums = new LinkedHashMap<>();

    /**
     * @param counts  columns holding counts of people (suppressed when small, related to their total)
     * @param numbers columns holding numbers that identify nobody (employees, seats, planned volumes)
     */
    public Totals(List<String> counts, List<String> numbers) {
        counts.forEach(c -> {
            counted.put(c, new ArrayList<>());
            sums.put(c, 0L);
        });
        numbers.forEach(c -> sums.put(c, 0L));
    }

    /** A count of people in a row, added to its column's total. */
    public Table.Cell count(String column, long n) {
        List<Table.Cell> parts = counted.get(column);
        if (parts == null) {
            throw new IllegalArgumentException("not a count column: " + column);
        }
        Table.Cell cell = Table.count(n);
        parts.add(cell);
        sums.merge(column, n, Long::sum);
        return cell;
    }

    /** A number in a row, added to its column's total. */
    public Table.Cell number(String column, long n) {
        if (!sums.containsKey(column) || counted.containsKey(column)) {
            throw new IllegalArgumentException("not a number column: " + column);
        }
        sums.merge(column, n, Long::sum);
        return Table.number(n);
    }

    /**
     * Adds the total row: {@code label} in {@code labelColumn}, each column's sum, and each counted
     * column's relation. Returns the row, for cells computed from the totals.
     */
    public Map<String, Table.Cell> addRow(Table table, String labelColumn, String label) {
        Map<String, Table.Cell> row = table.addRow();
        row.put(labelColumn, Table.text(label));
        sums.forEach((column, sum) -> {
            if (counted.containsKey(column)) {
                Table.Cell total = Table.totalCount(sum);
                row.put(column, total);
                List<Table.Cell> relation = new ArrayList<>(counted.get(column));
                relation.add(total);
                table.relation(relation);
            } else {
                row.put(column, Table.number(sum));
            }
        });
        return row;
    }
}
