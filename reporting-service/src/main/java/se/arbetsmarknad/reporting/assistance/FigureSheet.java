package se.arbetsmarknad.reporting.assistance;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.arbetsmarknad.platform.problem.Problem.FieldError;
import se.arbetsmarknad.platform.sheet.Sheet;
import se.arbetsmarknad.platform.sheet.SheetRow;

/**
 * The monthly figures as a sheet (CSV or Excel, read by platform's {@code SheetReader}): one row per month
 * and unit, its columns named as {@link FigureRules.Naming#SHEET} names them in errors: {@code manad},
 * {@code enhet}, {@code hushall}, then each person figure's {@code _k}, {@code _m} and {@code _t}
 * ({@code vuxna_k}, {@code vuxna_m}, {@code vuxna_t}, {@code langvarigt_k} …). A row becomes the same
 * {@link FigureRow} the JSON import takes, so both keep the same {@link FigureRules}.
 */
final class FigureSheet {

    private static final FigureRules.Naming NAMING = FigureRules.Naming.SHEET;
    /** A month as ÅÅÅÅ-MM, or the first day of it: Excel turns a typed "2022-06" into the date 2022-06-01. */
    private static final Pattern MONTH = Pattern.compile("(\\d{4}-\\d{2})(-01)?");

    /** Every column, in the template's order. */
    static final List<String> COLUMNS = columns();

    /** What could be read: rows numbered as the user sees them (header = 1), and the cells that could not. */
    record Read(List<FigureRules.Numbered> rows, List<FieldError> unreadable) {
    }

    private FigureSheet() {
    }

    static Read read(Sheet sheet) {
        sheet.requireColumns(COLUMNS, List.of(NAMING.month(), NAMING.unit()), "file");
        List<FigureRules.Numbered> rows = new ArrayList<>();
        List<FieldError> unreadable = new ArrayList<>();
        for (SheetRow row : sheet.rows()) {
            FigureRow figures = figures(row);
            if (row.hasErrors()) {
                row.errors().forEach(e -> unreadable.add(new FieldError("rows[" + e.row() + "]." + e.column(), e.message())));
            } else {
                rows.add(new FigureRules.Numbered(row.number(), figures));
            }
        }
        return new Read(rows, unreadable);
    }

    /** The header row as Swedish Excel opens a CSV: UTF-8 with a byte order mark, semicolons, CRLF. */
    static String template() {
        return "\uFEFF" + String.join(";", COLUMNS) + "\r\n";
    }

    private static FigureRow figures(SheetRow row) {
        return new FigureRow(month(row), row.text(NAMING.unit()), kmt(row, Measure.HOUSEHOLDS),
                kmt(row, Measure.ADULT_RECIPIENTS), kmt(row, Measure.LONG_TERM), kmt(row, Measure.OVER_36_MONTHS),
                kmt(row, Measure.YOUNG_ADULTS), kmt(row, Measure.SICK_LISTED));
    }

    /** The month as the JSON import has it (ÅÅÅÅ-MM); anything else goes on to the rules, which name the cell. */
    private static String month(SheetRow row) {
        String text = row.text(NAMING.month());
        if (text == null) {
            return null;
        }
        Matcher m = MONTH.matcher(text);
        return m.matches() ? m.group(1) : text;
    }

    /** A figure's cells, or {@code null} when the row leaves them all empty (the figure not given). */
    private static FigureRow.Kmt kmt(SheetRow row, Measure measure) {
        Long women = measure.byGender() ? count(row, NAMING.of(measure, "K")) : null;
        Long men = measure.byGender() ? count(row, NAMING.of(measure, "M")) : null;
        Long total = count(row, NAMING.of(measure, "T"));
        return women == null && men == null && total == null ? null : new FigureRow.Kmt(women, men, total);
    }

    private static Long count(SheetRow row, String column) {
        Integer v = row.integer(column);
        return v == null ? null : v.longValue();
    }

    private static List<String> columns() {
        List<String> out = new ArrayList<>(List.of(NAMING.month(), NAMING.unit()));
        for (Measure measure : Measure.values()) {
            if (measure.byGender()) {
                for (String gender : List.of("K", "M", "T")) {
                    out.add(NAMING.of(measure, gender));
                }
            } else {
                out.add(NAMING.of(measure, "T"));
            }
        }
        return List.copyOf(out);
    }
}
