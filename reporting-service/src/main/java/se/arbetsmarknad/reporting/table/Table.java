package se.arbetsmarknad.reporting.table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A report as rows of cells, the one shape every output (JSON, CSV, XLSX, PDF, chart data, Kolada) is
 * rendered from. Cells that hold a count of people carry it, and the table lists the linear relations
 * a reader knows between cells (K + M = T, the parts of a total, consecutive accumulated values), so
 * {@link Suppression} can hide small counts and everything they could be worked out from. Renderers
 * refuse a table that has not been through {@link Suppression#protect(Table)}.
 */
public final class Table {

    public enum Type { TEXT, COUNT, NUMBER, AMOUNT, PERCENT }

    public record Column(String key, String label, Type type) {
    }

    /** One value. {@code count}: the number of people behind it (null when no person is counted). */
    public static final class Cell {
        final Object value;
        final Long count;
        final boolean total;
        boolean suppressed;
        /** Not shown, but part of relations (e.g. a month's value behind an accumulated chart line). */
        boolean hidden;
        /** A hidden cell a reader can work out from shown cells. */
        boolean derived;
        /** Suppressed whenever this cell is (e.g. a cost computed from a suppressed count). */
        Cell follows;

        Cell(Object value, Long count, boolean total) {
            this.value = value;
            this.count = count;
            this.total = total;
        }

        public Object value() {
            return suppressed ? null : value;
        }

        public boolean suppressed() {
            return suppressed;
        }

        public boolean hidden() {
            return hidden;
        }

        long sortKey() {
            return count != null ? count : value instanceof Number n ? n.longValue() : Long.MAX_VALUE;
        }
    }

    public static Cell text(String text) {
        return new Cell(text, null, false);
    }

    /** A count of people: suppressed when 1–4. */
    public static Cell count(long n) {
        return new Cell(n, n, false);
    }

    /** A total of counts: suppressed when 1–4; chosen last for secondary suppression. */
    public static Cell totalCount(long n) {
        return new Cell(n, n, true);
    }

    /** A figure about {@code people} persons (a median, a percentage): suppressed when 1–4 persons. */
    public static Cell measure(Number value, long people) {
        return new Cell(value, people, false);
    }

    /** A number that identifies nobody (a target, a rate, planned volumes). */
    public static Cell number(Number value) {
        return new Cell(value, null, false);
    }

    public static Cell derivedFrom(Number value, Cell source) {
        Cell c = new Cell(value, null, false);
        c.follows = source;
        return c;
    }

    /** A cell not shown in the output, known to be related to shown ones. */
    public static Cell hidden(long n) {
        Cell c = new Cell(n, n, false);
        c.hidden = true;
        return c;
    }

    private final String title;
    private final List<Column> columns;
    private final List<Map<String, Cell>> rows = new ArrayList<>();
    private final List<Cell> hiddenCells = new ArrayList<>();
    private final List<List<Cell>> relations = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private String period;
    boolean protectedOutput;

    public Table(String title, List<Column> columns) {
        this.title = title;
        this.columns = List.copyOf(columns);
    }

    public Table(String title, Column... columns) {
        this(title, Arrays.asList(columns));
    }

    public Map<String, Cell> addRow() {
        Map<String, Cell> row = new LinkedHashMap<>();
        rows.add(row);
        return row;
    }

    public Cell addHidden(Cell cell) {
        cell.hidden = true;
        hiddenCells.add(cell);
        return cell;
    }

    /** Declares that the cells add up (the parts and their total): knowing all but one reveals it. */
    public void relation(List<Cell> cells) {
        List<Cell> present = cells.stream().filter(java.util.Objects::nonNull).toList();
        if (present.size() > 1) {
            relations.add(present);
        }
    }

    public void relation(Cell... cells) {
        relation(Arrays.asList(cells));
    }

    public void note(String note) {
        notes.add(note);
    }

    public String title() {
        return title;
    }

    /** What the figures cover, as a reader says it ("2026-01-01–2026-08-31", "per 2026-09-28"); shown in the PDF's header. */
    public String period() {
        return period;
    }

    public Table period(String text) {
        this.period = text;
        return this;
    }

    public List<Column> columns() {
        return columns;
    }

    public List<Map<String, Cell>> rows() {
        return rows;
    }

    public List<String> notes() {
        return notes;
    }

    List<List<Cell>> relations() {
        return relations;
    }

    List<Cell> allCells() {
        List<Cell> all = new ArrayList<>(hiddenCells);
        rows.forEach(r -> all.addAll(r.values()));
        return all;
    }

    public boolean isProtected() {
        return protectedOutput;
    }

    /** For renderers: fails loudly if a table would leave the service without suppression. */
    public Table requireProtected() {
        if (!protectedOutput) {
            throw new IllegalStateException("Table '" + title + "' was not passed through Suppression");
        }
        return this;
    }

    /** The cell as text for a reader: the suppression mark, or the value formatted by column type. */
    public static String display(Column column, Cell cell) {
        if (cell == null) {
            return "";
        }
        if (cell.suppressed) {
            return Suppression.MARK;
        }
        Object v = cell.value;
        if (v == null) {
            return "";
        }
        if (v instanceof Number n && column.type() != Type.TEXT) {
            return Formats.number(n, column.type());
        }
        return v.toString();
    }
}
