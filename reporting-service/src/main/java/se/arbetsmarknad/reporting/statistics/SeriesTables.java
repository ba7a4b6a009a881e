package se.arbetsmarknad.reporting.statistics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import se.arbetsmarknad.reporting.table.Suppression;
import se.arbetsmarknad.reporting.table.Table;

/** A series as a protected table: period, breakdown, K, M, T, with the relations a reader knows. */
public final class SeriesTables {

    private SeriesTables() {
    }

    public static Table table(Series s, String title) {
        List<Table.Column> columns = new ArrayList<>();
        columns.add(new Table.Column("period", "Period", Table.Type.TEXT));
        s.by().forEach(d -> columns.add(new Table.Column(d.param, d.label, Table.Type.TEXT)));
        Table.Type type = s.statistic().isMedian() ? Table.Type.NUMBER : Table.Type.COUNT;
        columns.add(new Table.Column("K", "Kvinnor", type));
        columns.add(new Table.Column("M", "Män", type));
        columns.add(new Table.Column("T", "Totalt", type));
        Table table = new Table(title, columns);
        boolean additive = !s.statistic().isMedian();
        Map<String, List<Table.Cell>> columnParts = new HashMap<>();
        for (Series.Row row : s.rows()) {
            Map<String, Table.Cell> r = table.addRow();
            r.put("period", Table.text(row.label()));
            for (int i = 0; i < s.by().size(); i++) {
                r.put(s.by().get(i).param, Table.text(row.group().get(i).isEmpty() ? "–" : row.group().get(i)));
            }
            GenderCells.put(table, r, "", row, s.statistic());
            for (String g : Series.GENDERS) {
                columnParts.computeIfAbsent(g, x -> new ArrayList<>()).add(r.get(g));
            }
        }
        // Flows add up over periods and groups: a total row, and its relations with the column.
        if (additive && !s.statistic().isStock() && s.rows().size() > 1) {
            Map<String, Table.Cell> total = table.addRow();
            total.put("period", Table.text("Totalt"));
            for (String g : Series.GENDERS) {
                long sum = s.rows().stream().mapToLong(x -> x.gender(g).people()).sum();
                Table.Cell cell = Table.totalCount(sum);
                total.put(g, cell);
                List<Table.Cell> parts = new ArrayList<>(columnParts.get(g));
                parts.add(cell);
                table.relation(parts);
            }
            table.relation(total.get("K"), total.get("M"), total.get("T"));
        }
        if (s.statistic().isMedian()) {
            table.note("Median i dagar; visas inte för färre än 5 personer / Median in days; not shown for fewer than 5 persons");
        }
        table.period(s.from() + "–" + s.to());
        return Suppression.protect(table);
    }
}
