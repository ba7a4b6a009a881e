package se.arbetsmarknad.web.format;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import io.quarkus.qute.TemplateExtension;

/**
 * Swedish formats, used in templates as {@code {fmt:date(x)}}: dates as "1 dec. 2026", amounts as
 * "3 248 400 kr" (Swedish digit grouping with a non-breaking space), and a dash for what is missing.
 */
@TemplateExtension(namespace = "fmt")
public final class Formats {

    public static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", SWEDISH);
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE;
    public static final String MISSING = "–";

    private Formats() {
    }

    /** "1 dec. 2026"; "–" when there is no date. */
    public static String date(LocalDate date) {
        return date == null ? MISSING : DATE.format(date);
    }

    /** "2026-12-01" for {@code <input type="date">} and machine-readable {@code <time datetime>}. */
    public static String iso(LocalDate date) {
        return date == null ? "" : ISO.format(date);
    }

    /** "3 248 400". */
    public static String number(Number value) {
        if (value == null) {
            return MISSING;
        }
        NumberFormat f = NumberFormat.getNumberInstance(SWEDISH);
        f.setMaximumFractionDigits(value instanceof BigDecimal || value instanceof Double || value instanceof Float ? 1 : 0);
        return f.format(value);
    }

    /** "3 248 400 kr". */
    public static String kr(Number value) {
        return value == null ? MISSING : number(value) + "\u00a0kr";
    }

    /** "Ja" / "Nej" / "–". */
    public static String yesNo(Boolean value) {
        return value == null ? MISSING : value ? "Ja" : "Nej";
    }

    /** The text, or "–" when it is empty. */
    public static String or(String text) {
        return text == null || text.isBlank() ? MISSING : text;
    }
}
