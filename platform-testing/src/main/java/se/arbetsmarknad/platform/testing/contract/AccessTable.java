package se.arbetsmarknad.platform.testing.contract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The reviewed expectation of an access matrix: a Markdown table, one row per operation
 * ({@code `METHOD /path`}), one column per {@link Caller}, each cell the exact status expected, or
 * {@code -} where the column does not apply (the unknown-id columns of an operation that names no id).
 *
 * <p>A cell written {@code 404*} expects 404 but is a known defect today: the harness reports the
 * difference without failing, and fails once the service answers 404, so the mark is removed with the
 * fix. The row's last column ({@code known defect}) names the issue item; nothing else may be marked.
 */
public final class AccessTable {

    public static final String DEFECT_COLUMN = "known defect";

    /** One expected cell: the status, or null where not applicable. */
    public record Cell(Integer status, boolean knownDefect) {
        public static Cell parse(String text, String where) {
            String t = text.strip();
            if (t.equals("-")) {
                return new Cell(null, false);
            }
            boolean marked = t.endsWith("*");
            String digits = marked ? t.substring(0, t.length() - 1) : t;
            if (!digits.matches("[1-4][0-9][0-9]")) {
                throw new IllegalArgumentException(where + ": '" + text
                        + "' is not a status below 500 (a server error is never expected), '-' or 'NNN*'");
            }
            return new Cell(Integer.valueOf(digits), marked);
        }

        public String render() {
            return status == null ? "-" : status + (knownDefect ? "*" : "");
        }
    }

    public record Row(String operation, Map<Caller, Cell> cells, String defect) {
    }

    private final List<Caller> columns;
    private final Map<String, Row> rows;
    private final String source;

    private AccessTable(List<Caller> columns, Map<String, Row> rows, String source) {
        this.columns = columns;
        this.rows = rows;
        this.source = source;
    }

    public static AccessTable fromClasspath(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the test resources: write the "
                        + "service's access table there (target/access-matrix/observed.md is a starting point)");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), resource);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static AccessTable parse(String markdown, String source) {
        List<Caller> columns = null;
        boolean hasDefectColumn = false;
        Map<String, Row> rows = new LinkedHashMap<>();
        int lineNo = 0;
        for (String line : markdown.split("\n")) {
            lineNo++;
            String l = line.strip();
            if (!l.startsWith("|")) {
                continue;
            }
            List<String> cells = split(l);
            String where = source + ":" + lineNo;
            if (columns == null) {
                if (!cells.get(0).equalsIgnoreCase("operation")) {
                    continue;
                }
                columns = new ArrayList<>();
                for (String c : cells.subList(1, cells.size())) {
                    if (c.equalsIgnoreCase(DEFECT_COLUMN)) {
                        hasDefectColumn = true;
                    } else {
                        columns.add(Caller.ofColumn(c));
                    }
                }
                continue;
            }
            if (cells.get(0).matches(":?-+:?")) {
                continue; // the header's separator line
            }
            int expected = 1 + columns.size() + (hasDefectColumn ? 1 : 0);
            if (cells.size() != expected) {
                throw new IllegalArgumentException(where + ": " + cells.size() + " cells, the header has " + expected);
            }
            String operation = cells.get(0).replace("`", "").strip();
            Map<Caller, Cell> row = new EnumMap<>(Caller.class);
            boolean anyMarked = false;
            for (int i = 0; i < columns.size(); i++) {
                Cell cell = Cell.parse(cells.get(i + 1), where + " " + columns.get(i).column());
                anyMarked |= cell.knownDefect();
                row.put(columns.get(i), cell);
            }
            String defect = hasDefectColumn ? cells.get(cells.size() - 1).strip() : "";
            if (anyMarked && defect.isEmpty()) {
                throw new IllegalArgumentException(where + ": a cell is marked as a known defect but the row names no issue item");
            }
            if (!anyMarked && !defect.isEmpty()) {
                throw new IllegalArgumentException(where + ": names known defect '" + defect + "' but marks no cell");
            }
            if (rows.put(operation, new Row(operation, row, defect)) != null) {
                throw new IllegalArgumentException(where + ": " + operation + " is listed twice");
            }
        }
        if (columns == null) {
            throw new IllegalArgumentException(source + " has no table with an 'operation' column");
        }
        if (!columns.containsAll(List.of(Caller.values()))) {
            List<Caller> missing = new ArrayList<>(List.of(Caller.values()));
            missing.removeAll(columns);
            throw new IllegalArgumentException(source + " lacks the columns " + missing.stream().map(Caller::column).toList());
        }
        return new AccessTable(List.copyOf(columns), rows, source);
    }

    public Map<String, Row> rows() {
        return rows;
    }

    public String source() {
        return source;
    }

    /** A table in this format, e.g. of what a run observed: {@code status(operation, caller)}. */
    public static String render(List<String> operations, BiFunction<String, Caller, String> cell,
            Map<String, String> defects) {
        StringBuilder out = new StringBuilder("| operation |");
        for (Caller c : Caller.values()) {
            out.append(' ').append(c.column()).append(" |");
        }
        out.append(' ').append(DEFECT_COLUMN).append(" |\n|---|");
        out.append("---|".repeat(Caller.values().length + 1)).append('\n');
        for (String op : operations) {
            out.append("| `").append(op).append("` |");
            for (Caller c : Caller.values()) {
                out.append(' ').append(cell.apply(op, c)).append(" |");
            }
            out.append(' ').append(defects.getOrDefault(op, "")).append(" |\n");
        }
        return out.toString();
    }

    private static List<String> split(String line) {
        String inner = line.substring(1, line.endsWith("|") && line.length() > 1 ? line.length() - 1 : line.length());
        List<String> cells = new ArrayList<>();
        for (String c : inner.split("\\|", -1)) {
            cells.add(c.strip());
        }
        return cells;
    }
}
