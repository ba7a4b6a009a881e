package se.arbetsmarknad.platform.problem;

import java.util.List;

/**
 * Thrown by services for an answer that is not a success. Mapped to problem+json by
 * {@link ProblemMappers}; the transaction it leaves rolls back, so nothing is half-written.
 */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final List<Problem.FieldError> errors;

    public ProblemException(ProblemType type, String detail, List<Problem.FieldError> errors) {
        super(detail);
        this.type = type;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public ProblemException(ProblemType type, String detail) {
        this(type, detail, List.of());
    }

    /** 400 naming one field. */
    public static ProblemException invalid(String field, String message) {
        return new ProblemException(ProblemType.VALIDATION, field + ": " + message,
                List.of(new Problem.FieldError(field, message)));
    }

    /** 404; also the answer when the caller may not know the resource exists. */
    public static ProblemException notFound(String what) {
        return new ProblemException(ProblemType.NOT_FOUND, what + " finns inte / does not exist");
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(ProblemType.CONFLICT, detail);
    }

    public static ProblemException conflict(String field, String message) {
        return new ProblemException(ProblemType.CONFLICT, field + ": " + message,
                List.of(new Problem.FieldError(field, message)));
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(ProblemType.FORBIDDEN, detail);
    }

    public static ProblemException preconditionFailed(String detail) {
        return new ProblemException(ProblemType.PRECONDITION_FAILED, detail);
    }

    public ProblemType type() {
        return type;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}
