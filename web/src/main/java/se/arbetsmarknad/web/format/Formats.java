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
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", SWEDISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("LLLL yyyy", SWEDISH);
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

    /** A figure in its unit: "143", "0,8 %", "12 dagar", "5 270 kr". */
    public static String value(Number value, String unit) {
        if (value == null) {
            return MISSING;
        }
        return switch (unit == null ? "" : unit) {
            case "percent", "%" -> number(value) + "\u00a0%";
            case "days" -> number(value) + "\u00a0dagar";
            case "kr", "sek" -> kr(value);
            default -> number(value);
        };
    }

    /** "1 dec. 2026 14:05" in the municipality's time. */
    public static String dateTime(java.time.OffsetDateTime at) {
        return at == null ? MISSING : DATE_TIME.format(at.atZoneSameInstant(Today.ZONE));
    }

    public static String dateTime(java.time.Instant at) {
        return at == null ? MISSING : DATE_TIME.format(at.atZone(Today.ZONE));
    }

    /** "augusti 2022" for "2022-08". */
    public static String month(String yearMonth) {
        if (yearMonth == null) {
            return MISSING;
        }
        try {
            return MONTH.format(java.time.YearMonth.parse(yearMonth));
        } catch (java.time.format.DateTimeParseException e) {
            return yearMonth;
        }
    }

    /** An ISO-8601 period in words: "P2Y" → "två år", "P18M" → "18 månader". */
    public static String period(String iso) {
        if (iso == null) {
            return MISSING;
        }
        try {
            java.time.Period p = java.time.Period.parse(iso);
            if (p.getMonths() == 0 && p.getDays() == 0) {
                return p.getYears() == 1 ? "ett år" : p.getYears() == 2 ? "två år" : p.getYears() + " år";
            }
            long months = p.toTotalMonths();
            return p.getDays() == 0 ? months + " månader" : iso;
        } catch (java.time.format.DateTimeParseException e) {
            return iso;
        }
    }

    /** "Ja" / "Nej" / "–". */
    public static String yesNo(Boolean value) {
        return value == null ? MISSING : value ? "Ja" : "Nej";
    }

    /** The Swedish half of a service's "svenska / English" text. */
    public static String sv(String text) {
        if (text == null) {
            return null;
        }
        int slash = text.indexOf(" / ");
        return (slash < 0 ? text : text.substring(0, slash)).trim();
    }

    /** The text, or "–" when it is empty. */
    public static String or(String text) {
        return text == null || text.isBlank() ? MISSING : text;
    }
}
