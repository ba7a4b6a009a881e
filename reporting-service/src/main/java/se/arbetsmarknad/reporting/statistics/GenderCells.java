package se.arbetsmarknad.reporting.statistics;

import java.util.Map;

import se.arbetsmarknad.reporting.table.Table;

/**
 * How a statistic's figures by gender become cells: counts K and M with their total T (a reader knows
 * K + M = T, so suppression must too), or medians about a number of people (no relation).
 */
public final class GenderCells {

    private GenderCells() {
    }

    /** Puts {@code prefix}K, {@code prefix}M and {@code prefix}T into the row. */
    public static void put(Table table, Map<String, Table.Cell> row, String prefix, Series.Row figures,
            Catalogue.Statistic statistic) {
        for (String g : Series.GENDERS) {
            Series.Value v = figures.gender(g);
            row.put(prefix + g, statistic.isMedian() ? Table.measure(v.value(), v.people())
                    : "T".equals(g) ? Table.totalCount(v.people()) : Table.count(v.people()));
        }
        if (!statistic.isMedian()) {
            table.relation(row.get(prefix + "K"), row.get(prefix + "M"), row.get(prefix + "T"));
        }
    }
}
