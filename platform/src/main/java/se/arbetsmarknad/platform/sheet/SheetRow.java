package se.arbetsmarknad.platform.sheet;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One data row of a sheet: where it is and its cells by column (column names in lower case). The typed
 * reads return {@code null} for an empty cell and, for a cell they cannot read, record a
 * {@link CellError} naming the row and column (and return {@code null}), so one pass over a file
 * reports every bad cell at once.
 *
 * @param number the row as the user sees it in the spreadsheet: the header is row 1
 * @param index  the data row, counted from 1 (the first row after the header)
 */
public record SheetRow(int number, int index, Map<String, String> cells, List<CellError> errors) {

    /** A cell that could not be read. */
    public record CellError(int row, String column, String message) {
    }

    public SheetRow(int number, int index, Map<String, String> cells) {
        this(number, index, Collections.unmodifiableMap(cells), new ArrayList<>());
    }

    /** The trimmed text of the cell; {@code null} when the column is absent or the cell empty. */
    public String text(String column) {
        String v = cells.get(Sheet.key(column));
        return v == null || v.isBlank() ? null : v.strip();
    }

    /** ja/nej as users write it: ja, j, x, yes, true, 1 — nej, n, no, false, 0 (any case). */
    public Boolean bool(String column) {
        String v = text(column);
        if (v == null) {
            return null;
        }
        return switch (v.toLowerCase(Locale.ROOT)) {
            case "ja", "j", "x", "yes", "y", "true", "1" -> true;
            case "nej", "n", "no", "false", "0" -> false;
            default -> fail(column, "ska vara ja eller nej: " + v + " / must be yes or no: " + v);
        };
    }

    /**
     * A date as Swedish sheets write it: ÅÅÅÅ-MM-DD (SS-ISO 8601, what Excel shows in Sweden), also with a
     * time after it (2026-03-09 00:00), or ÅÅÅÅMMDD; Excel date cells arrive as ÅÅÅÅ-MM-DD already.
     */
    public LocalDate date(String column) {
        String v = text(column);
        if (v == null) {
            return null;
        }
        String day = v.length() > 10 && (v.charAt(10) == ' ' || v.charAt(10) == 'T') ? v.substring(0, 10) : v;
        try {
            return day.length() == 8 && day.chars().allMatch(Character::isDigit)
                    ? LocalDate.parse(day, DateTimeFormatter.BASIC_ISO_DATE)
                    : LocalDate.parse(day);
        } catch (DateTimeParseException e) {
            return fail(column, "ska vara ett datum ÅÅÅÅ-MM-DD: " + v + " / must be a date YYYY-MM-DD: " + v);
        }
    }

    public Integer integer(String column) {
        String v = text(column);
        if (v == null) {
            return null;
        }
        try {
            return Integer.valueOf(v.replace(" ", "").replace("\u00a0", ""));
        } catch (NumberFormatException e) {
            return fail(column, "ska vara ett heltal: " + v + " / must be a whole number: " + v);
        }
    }

    /** A number with decimal comma or point (37,5 or 37.5), spaces as thousands separators allowed. */
    public BigDecimal decimal(String column) {
        String v = text(column);
        if (v == null) {
            return null;
        }
        try {
            return new BigDecimal(v.replace(" ", "").replace("\u00a0", "").replace(',', '.'));
        } catch (NumberFormatException e) {
            return fail(column, "ska vara ett tal: " + v + " / must be a number: " + v);
        }
    }

    /** Several values in one cell, separated by space, '|' or ','. Empty cell: {@code null}. */
    public List<String> list(String column) {
        String v = text(column);
        return v == null ? null : Arrays.stream(v.split("[\\s|,]+")).filter(s -> !s.isBlank()).toList();
    }

    /** Records an error for a cell the caller found wrong (e.g. a code not in its list). */
    public <T> T fail(String column, String message) {
        errors.add(new CellError(number, column, message));
        return null;
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }
}
