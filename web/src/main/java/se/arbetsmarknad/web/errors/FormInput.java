package se.arbetsmarknad.web.errors;

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

    public static UUID uuid(Form form, String field) {
        String raw = form.raw(field);
        try {
            return raw == null ? null : UUID.fromString(raw);
        } catch (IllegalArgumentException e) {
            form.error(field, "Välj ett av alternativen.");
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
