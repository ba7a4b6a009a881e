package se.arbetsmarknad.reporting.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.arbetsmarknad.reporting.render.CsvRenderer;
import se.arbetsmarknad.reporting.render.PdfRenderer;
import se.arbetsmarknad.reporting.render.TableJson;
import se.arbetsmarknad.reporting.render.TableRenderer;
import se.arbetsmarknad.reporting.render.XlsxRenderer;

/** The disclosure control on its own: primary, secondary, derived cells, and attacks that must fail. */
class SuppressionTest {

    /** A two-way table (rows × K, M with T and a total row), as the reports build them. */
    static Table twoWay(long[][] km) {
        Table t = new Table("t", new Table.Column("r", "Rad", Table.Type.TEXT), new Table.Column("K", "K", Table.Type.COUNT),
                new Table.Column("M", "M", Table.Type.COUNT), new Table.Column("T", "T", Table.Type.COUNT));
        List<List<Table.Cell>> columns = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        long[] sums = new long[3];
        for (int i = 0; i < km.length; i++) {
            Map<String, Table.Cell> row = t.addRow();
            row.put("r", Table.text("r" + i));
            long[] v = {km[i][0], km[i][1], km[i][0] + km[i][1]};
            for (int c = 0; c < 3; c++) {
                Table.Cell cell = c == 2 ? Table.totalCount(v[c]) : Table.count(v[c]);
                row.put("KMT".substring(c, c + 1), cell);
                columns.get(c).add(cell);
                sums[c] += v[c];
            }
            t.relation(row.get("K"), row.get("M"), row.get("T"));
        }
        Map<String, Table.Cell> total = t.addRow();
        total.put("r", Table.text("Totalt"));
        for (int c = 0; c < 3; c++) {
            Table.Cell cell = Table.totalCount(sums[c]);
            total.put("KMT".substring(c, c + 1), cell);
            columns.get(c).add(cell);
            t.relation(columns.get(c));
        }
        t.relation(total.get("K"), total.get("M"), total.get("T"));
        return t;
    }

    /**
     * The attacker: knows every shown cell and each relation (K + M = T, column sums), solves every
     * relation with a single unknown, repeatedly, and returns what they learnt about suppressed cells.
     */
    static List<String> attack(Table t) {
        Long[][] known = new Long[t.rows().size()][3];
        for (int i = 0; i < t.rows().size(); i++) {
            for (int c = 0; c < 3; c++) {
                Table.Cell cell = t.rows().get(i).get("KMT".substring(c, c + 1));
                known[i][c] = cell.suppressed() ? null : ((Number) cell.value()).longValue();
            }
        }
        List<String> recovered = new ArrayList<>();
        boolean progress = true;
        int last = t.rows().size() - 1;
        while (progress) {
            progress = false;
            for (int i = 0; i <= last; i++) { // rows: K + M = T
                Long k = known[i][0], m = known[i][1], s = known[i][2];
                if (k == null && m != null && s != null) { known[i][0] = s - m; recovered.add("K" + i); progress = true; }
                if (m == null && k != null && s != null) { known[i][1] = s - k; recovered.add("M" + i); progress = true; }
                if (s == null && k != null && m != null) { known[i][2] = k + m; recovered.add("T" + i); progress = true; }
            }
            for (int c = 0; c < 3; c++) { // columns: rows add up to the total row
                int unknownAt = -1, unknown = 0;
                long sum = 0;
                for (int i = 0; i < last; i++) {
                    if (known[i][c] == null) { unknown++; unknownAt = i; } else { sum += known[i][c]; }
                }
                if (known[last][c] == null && unknown == 0) { known[last][c] = sum; recovered.add("KMT".charAt(c) + "total"); progress = true; }
                if (known[last][c] != null && unknown == 1) { known[unknownAt][c] = known[last][c] - sum; recovered.add("KMT".charAt(c) + "" + unknownAt); progress = true; }
            }
        }
        return recovered;
    }

    @Test
    void smallCountsAreSuppressedAndZeroIsShown() {
        Table t = Suppression.protect(twoWay(new long[][] {{12, 0}, {20, 30}}));
        assertThat(t.rows().get(0).get("M").value()).isEqualTo(0L);
        Table small = Suppression.protect(twoWay(new long[][] {{12, 3}, {20, 30}, {8, 9}}));
        assertThat(small.rows().get(0).get("M").suppressed()).isTrue();
        assertThat(Table.display(small.columns().get(2), small.rows().get(0).get("M"))).isEqualTo("..");
        assertThat(small.notes()).anyMatch(n -> n.contains(".."));
    }

    @Test
    void aSingleSuppressedCellCannotBeRecoveredFromTheRowTotalOrTheColumnTotal() {
        Table t = Suppression.protect(twoWay(new long[][] {{12, 3}, {20, 30}, {8, 9}}));
        assertThat(attack(t)).as("cells the attacker recovered").isEmpty();
        long suppressed = t.rows().stream().flatMap(r -> r.values().stream()).filter(Table.Cell::suppressed).count();
        assertThat(suppressed).isGreaterThanOrEqualTo(4); // 3, one partner in its row, and partners in the columns
    }

    @Test
    void manyTablesWithSmallCellsResistTheAttack() {
        java.util.Random random = new java.util.Random(42);
        for (int n = 0; n < 500; n++) {
            int rows = 2 + random.nextInt(6);
            long[][] km = new long[rows][2];
            for (long[] r : km) {
                r[0] = random.nextInt(4) == 0 ? random.nextInt(5) : random.nextInt(40);
                r[1] = random.nextInt(4) == 0 ? random.nextInt(5) : random.nextInt(40);
            }
            Table t = Suppression.protect(twoWay(km));
            List<String> recovered = attack(t);
            for (String cell : recovered) {
                // Whatever the attacker works out must never be a count of 1–4.
                int row = cell.endsWith("total") ? rows : Integer.parseInt(cell.substring(1));
                long value = (long) t.rows().get(row).get(cell.substring(0, 1)).value;
                assertThat(Suppression.isSmall(value)).as("table %d recovered %s = %d", n, cell, value).isFalse();
            }
            assertThat(recovered).as("table %d: a suppressed cell was recovered", n).isEmpty();
        }
    }

    @Test
    void anAccumulatedSeriesHidesTheNeighbourOfASmallMonth() {
        Table t = new Table("acc", new Table.Column("m", "Månad", Table.Type.TEXT), new Table.Column("v", "Ack", Table.Type.COUNT));
        long[] months = {10, 3, 12, 0, 7};
        long acc = 0;
        Table.Cell previous = null;
        List<Table.Cell> shown = new ArrayList<>();
        for (long m : months) {
            acc += m;
            Map<String, Table.Cell> row = t.addRow();
            row.put("m", Table.text("m"));
            Table.Cell cell = Table.count(acc);
            row.put("v", cell);
            shown.add(cell);
            Table.Cell month = t.addHidden(Table.hidden(m));
            t.relation(previous == null ? List.of(month, cell) : List.of(previous, month, cell));
            previous = cell;
        }
        Suppression.protect(t);
        // Month 2 (3 exits) = acc(2) − acc(1): one of those two must be hidden.
        assertThat(shown.get(0).suppressed() || shown.get(1).suppressed()).isTrue();
        // And the hidden accumulated value must not be recoverable from the next month (12 ≥ 5 is known
        // only as acc(3) − acc(2), so the chain holds as long as a neighbour is hidden too).
        for (int i = 0; i + 1 < shown.size(); i++) {
            if (shown.get(i).suppressed() && i > 0) {
                assertThat(shown.get(i - 1).suppressed() || shown.get(i + 1).suppressed()).isTrue();
            }
        }
    }

    @Test
    void aCostFollowsTheCountItIsComputedFrom() {
        Table t = new Table("c", new Table.Column("n", "Antal", Table.Type.COUNT), new Table.Column("kr", "Kr", Table.Type.AMOUNT));
        Map<String, Table.Cell> row = t.addRow();
        row.put("n", Table.count(2));
        row.put("kr", Table.derivedFrom(2 * 5270 * 12, row.get("n")));
        Suppression.protect(t);
        assertThat(row.get("kr").suppressed()).isTrue();
        assertThat(row.get("kr").value()).isNull();
    }

    @Test
    void renderersRefuseAnUnprotectedTable() {
        Table t = twoWay(new long[][] {{1, 2}});
        for (TableRenderer renderer : List.of(new CsvRenderer(), new XlsxRenderer(), new PdfRenderer())) {
            assertThatThrownBy(() -> renderer.render(t, p -> { })).as(renderer.format().name())
                    .isInstanceOf(IllegalStateException.class);
        }
        assertThatThrownBy(() -> TableJson.of(t)).isInstanceOf(IllegalStateException.class);
    }
}
