package se.arbetsmarknad.platform.problem;

/** The problem types the suite answers with; titles are Swedish first, English second. */
public enum ProblemType {
    VALIDATION(400, "validation", "Ogiltiga uppgifter / Invalid input"),
    UNAUTHORIZED(401, "unauthorized", "Inloggning krävs / Authentication required"),
    FORBIDDEN(403, "forbidden", "Åtgärden är inte tillåten / Not allowed"),
    NOT_FOUND(404, "not-found", "Finns inte / Not found"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed", "Metoden stöds inte / Method not allowed"),
    NOT_ACCEPTABLE(406, "not-acceptable", "Formatet stöds inte / Not acceptable"),
    CONFLICT(409, "conflict", "Konflikt med nuvarande läge / Conflict with the current state"),
    PRECONDITION_FAILED(412, "precondition-failed",
            "Uppgifterna har ändrats av någon annan / Modified by someone else"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "Formatet stöds inte / Unsupported media type"),
    PRECONDITION_REQUIRED(428, "precondition-required",
            "Versionen (If-Match) saknas / The version (If-Match) is required"),
    INTERNAL(500, "internal", "Internt fel / Internal error"),
    UNAVAILABLE(503, "unavailable", "Tjänsten är inte tillgänglig / Service unavailable");

    private final int status;
    private final String slug;
    private final String title;

    ProblemType(int status, String slug, String title) {
        this.status = status;
        this.slug = slug;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String uri() {
        return "urn:arbetsmarknad:problem:" + slug;
    }

    public String title() {
        return title;
    }

    public static ProblemType forStatus(int status) {
        for (ProblemType t : values()) {
            if (t.status == status) {
                return t;
            }
        }
        return status >= 500 ? INTERNAL : VALIDATION;
    }
}
