package se.arbetsmarknad.web.clients;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A service answered with an error (RFC 9457 problem+json) or did not answer. Carries what the page
 * shows: the status, a Swedish sentence and the Swedish message per field. The services write
 * "svenska / English"; only the Swedish half reaches the user.
 */
public class ServiceProblem extends RuntimeException {

    public static final String NOT_FOUND = "Finns inte eller du saknar behörighet.";
    public static final String UNAVAILABLE = "Tjänsten svarar inte just nu. Försök igen om en stund.";

    private final String service;
    private final int status;
    private final String detail;
    private final Map<String, String> fieldErrors;

    public ServiceProblem(String service, int status, String detail, Map<String, String> fieldErrors) {
        super(service + " answered " + status + ": " + detail);
        this.service = service;
        this.status = status;
        this.detail = detail;
        this.fieldErrors = fieldErrors == null ? Map.of() : Map.copyOf(fieldErrors);
    }

    public static ServiceProblem unavailable(String service, Throwable cause) {
        ServiceProblem p = new ServiceProblem(service, 503, UNAVAILABLE, Map.of());
        p.initCause(cause);
        return p;
    }

    public String service() {
        return service;
    }

    public int status() {
        return status;
    }

    public boolean notFound() {
        return status == 404;
    }

    /**
     * Rethrows what a form cannot show at its fields (not found or no access, signed out, the service away),
     * so {@code ErrorPages} shows it; a 4xx about what was sent returns, for the form to show.
     */
    public void rethrowUnlessAboutTheInput() {
        if (status < 400 || status >= 500 || status == 401 || status == 403 || status == 404) {
            throw this;
        }
    }

    /** Another user changed the thing since it was read (412), or it is in a state that forbids this (409). */
    public boolean conflict() {
        return status == 409 || status == 412;
    }

    /** The sentence for the page: never a stack trace, never English, never a hint that something exists. */
    public String message() {
        if (status == 404 || status == 403) {
            return NOT_FOUND;
        }
        if (status == 412) {
            return "Uppgifterna har ändrats av någon annan sedan du öppnade sidan.";
        }
        if (status >= 500) {
            return UNAVAILABLE;
        }
        return detail == null || detail.isBlank() ? "Uppgifterna kunde inte sparas." : sentence(detail);
    }

    /** Swedish message per field, keyed by the service's field path (e.g. "attributes.firstName"). */
    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }

    /** "kontrollsiffran stämmer inte / check digit does not match" → "kontrollsiffran stämmer inte". */
    public static String swedish(String text) {
        return se.arbetsmarknad.web.format.Formats.sv(text);
    }

    static Map<String, String> fieldErrors(List<Map<String, Object>> errors) {
        Map<String, String> out = new LinkedHashMap<>();
        if (errors != null) {
            for (Map<String, Object> e : errors) {
                Object field = e.get("field");
                Object message = e.get("message");
                if (field != null && message != null) {
                    out.merge(field.toString(), sentence(message.toString()), (a, b) -> a + " " + b);
                }
            }
        }
        return out;
    }

    /** Swedish half, first letter upper case, full stop: "Saknas." */
    static String sentence(String text) {
        String sv = swedish(text);
        if (sv.isEmpty()) {
            return sv;
        }
        // A detail of several field errors ("a: x; b: y") reads better as separate sentences.
        sv = Character.toUpperCase(sv.charAt(0)) + sv.substring(1);
        return sv.endsWith(".") ? sv : sv + ".";
    }
}
