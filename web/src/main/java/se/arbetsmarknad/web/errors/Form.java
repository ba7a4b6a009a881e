package se.arbetsmarknad.web.errors;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.ws.rs.core.MultivaluedMap;

import se.arbetsmarknad.web.clients.ServiceProblem;

/**
 * What a form shows: the values the user typed and the Swedish error at each field. Errors come from the
 * service's problem+json (the same validation the API does, one source of truth) or from this form's own
 * parsing (a date that is not a date). Field names are the form's; {@link #fromProblem} maps the service's
 * field paths onto them.
 */
public class Form {

    private final Map<String, String> values = new LinkedHashMap<>();
    private final Map<String, String> errors = new LinkedHashMap<>();
    private final Map<String, String> labels = new LinkedHashMap<>();
    private String message;

    public static Form empty() {
        return new Form();
    }

    public static Form of(MultivaluedMap<String, String> posted) {
        Form f = new Form();
        posted.forEach((k, v) -> {
            if (!k.equals("_csrf") && v != null && !v.isEmpty()) {
                f.values.put(k, String.join("\n", v));
            }
        });
        return f;
    }

    public Form value(String name, Object value) {
        if (value != null) {
            values.put(name, value.toString());
        }
        return this;
    }

    /** The label of each field, for the error summary ("Personnummer: Saknas."). */
    public Form labels(Map<String, String> fieldLabels) {
        labels.putAll(fieldLabels);
        return this;
    }

    public String value(String name) {
        return values.getOrDefault(name, "");
    }

    public String raw(String name) {
        String v = values.get(name);
        return v == null || v.isBlank() ? null : v.trim();
    }

    public boolean checked(String name) {
        return "true".equals(values.get(name)) || "on".equals(values.get(name));
    }

    /** Whether a multi-valued field (checkboxes of one name) holds {@code value}. */
    public boolean has(String name, String value) {
        String v = values.get(name);
        return v != null && java.util.Arrays.asList(v.split("\n")).contains(value);
    }

    public String error(String name) {
        return errors.get(name);
    }

    public Form error(String name, String message) {
        errors.merge(name, message, (a, b) -> a + " " + b);
        return this;
    }

    public Form message(String message) {
        this.message = message;
        return this;
    }

    public String message() {
        return message;
    }

    public boolean hasErrors() {
        return !errors.isEmpty() || message != null;
    }

    public String summaryHeading() {
        return errors.isEmpty() ? "Det gick inte att spara" : "Rätta " + (errors.size() == 1 ? "felet" : "felen") + " nedan";
    }

    public record FieldError(String field, String label, String message) {
    }

    public List<FieldError> fieldErrors() {
        List<FieldError> out = new ArrayList<>();
        errors.forEach((field, msg) -> out.add(new FieldError(field, labels.getOrDefault(field, field), msg)));
        return out;
    }

    /**
     * Puts a service's answer into the form: each field error at its form field ({@code fieldOf} maps
     * e.g. "attributes.firstName" to "firstName"; null keeps it in the general message), else the sentence.
     */
    public Form fromProblem(ServiceProblem problem, Function<String, String> fieldOf) {
        List<String> unplaced = new ArrayList<>();
        problem.fieldErrors().forEach((path, msg) -> {
            String field = fieldOf.apply(path);
            if (field != null) {
                error(field, msg);
            } else {
                unplaced.add(msg);
            }
        });
        if (problem.fieldErrors().isEmpty() || !unplaced.isEmpty() || problem.conflict()) {
            message(problem.fieldErrors().isEmpty() || problem.conflict() ? problem.message() : String.join(" ", unplaced));
        }
        return this;
    }
}
