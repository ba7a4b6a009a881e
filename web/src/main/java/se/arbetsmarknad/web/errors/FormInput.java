package se.arbetsmarknad.web.errors;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * Reads typed values out of a posted form; what cannot be read becomes a Swedish error at its field
 * instead of an exception, and the service's own validation does the rest.
 */
public final class FormInput {

    private FormInput() {
    }

    public static LocalDate date(Form form, String field) {
        String raw = form.raw(field);
        if (raw == null) {
            return null;
        }
        try {
            return LocalDate.parse(raw);
        } catch (DateTimeParseException e) {
            form.error(field, "Ange ett datum som ÅÅÅÅ-MM-DD, till exempel 2026-12-01.");
            return null;
        }
    }

    /** Checkbox: true when ticked, false otherwise (a form without the box means "no"). */
    public static Boolean bool(Form form, String field) {
        return form.checked(field);
    }

    /** Select with "–" = not given. */
    public static Boolean optionalBool(Form form, String field) {
        String raw = form.raw(field);
        return raw == null ? null : "true".equals(raw) || "ja".equals(raw);
    }

    public static List<String> lines(Form form, String field) {
        String raw = form.raw(field);
        return raw == null ? List.of() : Arrays.stream(raw.split("\\R")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    public static List<String> words(Form form, String field) {
        String raw = form.raw(field);
        return raw == null ? null : Arrays.stream(raw.split("[\\s,;|]+")).filter(s -> !s.isEmpty()).toList();
    }

    /** Every value of a multi-valued field (checkboxes of one name), or null when none is ticked. */
    public static List<String> values(Form form, String field) {
        List<String> v = lines(form, field);
        return v.isEmpty() ? null : v;
    }

    public static UUID uuid(Form form, String field) {
        String raw = form.raw(field);
        try {
            return raw == null ? null : UUID.fromString(raw);
        } catch (IllegalArgumentException e) {
            form.error(field, "Välj ett av alternativen.");
            return null;
        }
    }

    /** A whole number ("38"); anything else is an error at the field. */
    public static Integer integer(Form form, String field) {
        String raw = form.raw(field);
        if (raw == null) {
            return null;
        }
        try {
            return Integer.valueOf(raw.replace("\u00a0", "").replace(" ", ""));
        } catch (NumberFormatException e) {
            form.error(field, "Ange ett heltal, till exempel 12.");
            return null;
        }
    }

    /** A number with a decimal comma or point ("37,5"). */
    public static BigDecimal decimal(Form form, String field) {
        String raw = form.raw(field);
        if (raw == null) {
            return null;
        }
        try {
            return new BigDecimal(raw.replace("\u00a0", "").replace(" ", "").replace(',', '.'));
        } catch (NumberFormatException e) {
            form.error(field, "Ange ett tal, till exempel 37,5.");
            return null;
        }
    }

    public static long version(Form form) {
        try {
            return Long.parseLong(form.value("version"));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** A strong ETag for If-Match from the version the form was opened with. */
    public static String ifMatch(long version) {
        return "\"" + version + "\"";
    }
}
