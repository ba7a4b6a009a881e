package se.arbetsmarknad.web.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import se.arbetsmarknad.web.clients.ReportingDtos.Column;
import se.arbetsmarknad.web.clients.ReportingDtos.Table;
import se.arbetsmarknad.web.clients.ServiceProblem;
import se.arbetsmarknad.web.format.Formats;

/**
 * A report table as the page shows it: every value formatted the Swedish way by its column's type, and every
 * value the service suppressed shown as "–" (never a number), with one sentence under the table saying why.
 */
public record ReportTable(String title, List<Header> headers, List<List<Cell>> rows, boolean anySuppressed, List<String> notes) {

    public static final String SUPPRESSED_EXPLANATION = "– visas i stället för en uppgift om färre än 5 personer, "
            + "och för uppgifter som skulle gå att räkna fram ur en sådan (röjandekontroll).";

    public record Header(String label, boolean numeric) {
    }

    /** One value: its text, right-aligned when a number, and whether it was suppressed. */
    public record Cell(String text, boolean numeric, boolean suppressed) {
    }

    public static ReportTable of(Table t) {
        List<Header> headers = t.columns().stream().map(c -> new Header(c.label(), numeric(c))).toList();
        List<List<Cell>> rows = new ArrayList<>();
        boolean any = false;
        for (int i = 0; i < t.rows().size(); i++) {
            Map<String, Object> row = t.rows().get(i);
            List<String> hidden = t.suppressed() == null || t.suppressed().size() <= i ? List.of() : t.suppressed().get(i);
            List<Cell> cells = new ArrayList<>();
            for (Column c : t.columns()) {
                boolean suppressed = hidden.contains(c.key());
                any |= suppressed;
                cells.add(new Cell(suppressed ? Formats.MISSING : display(c, row.get(c.key())), numeric(c), suppressed));
            }
            rows.add(cells);
        }
        // The service explains its own mark (".."); the page shows "–" and explains that instead.
        List<String> notes = t.notes() == null ? List.of() : t.notes().stream().map(ServiceProblem::swedish)
                .filter(n -> !n.startsWith("\"..\"")).toList();
        return new ReportTable(t.title(), headers, rows, any, notes);
    }

    public String suppressedExplanation() {
        return SUPPRESSED_EXPLANATION;
    }

    public boolean empty() {
        return rows.isEmpty();
    }

    static boolean numeric(Column c) {
        return !"TEXT".equals(c.type());
    }

    static String display(Column c, Object value) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            return Formats.MISSING;
        }
        if (value instanceof Number n) {
            return switch (c.type()) {
                case "AMOUNT" -> Formats.kr(n);
                case "PERCENT" -> Formats.number(n) + "\u00a0%";
                default -> Formats.number(n);
            };
        }
        return value.toString();
    }
}
