package se.arbetsmarknad.goals;

import jakarta.ws.rs.core.EntityTag;

import se.arbetsmarknad.platform.problem.ProblemException;
import se.arbetsmarknad.platform.problem.ProblemType;

/** Optimistic locking over HTTP: the entity version is the ETag; edits must send it back in If-Match. */
public final class Versions {

    private Versions() {
    }

    public static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** @return the version the caller saw; 428 when If-Match is missing, 400 when it is not one of ours */
    public static long required(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(ProblemType.PRECONDITION_REQUIRED,
                    "Skicka If-Match med ETag från senaste läsningen / Send If-Match with the ETag last read");
        }
        String v = ifMatch.strip();
        if (v.startsWith("W/")) {
            v = v.substring(2);
        }
        v = v.replace("\"", "");
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("If-Match", "okänd version / unknown version " + ifMatch);
        }
    }

    /** 412 when the stored version differs from the one the caller edited. */
    public static void check(long expected, long actual) {
        if (expected != actual) {
            throw ProblemException.preconditionFailed(
                    "Uppgifterna har ändrats sedan du läste dem / Modified since you read it (version " + actual + ")");
        }
    }
}
