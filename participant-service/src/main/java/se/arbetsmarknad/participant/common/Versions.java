package se.arbetsmarknad.participant.common;

import se.arbetsmarknad.platform.problem.ProblemException;
import se.arbetsmarknad.platform.problem.ProblemType;

/** Optimistic locking over HTTP: the entity version as a strong ETag, checked against If-Match. */
public final class Versions {

    private Versions() {
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /**
     * @throws ProblemException 428 when {@code ifMatch} is missing, 412 when it names another version
     */
    public static void require(String ifMatch, long current) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(ProblemType.PRECONDITION_REQUIRED,
                    "If-Match med versionen (ETag) krävs / If-Match with the version (ETag) is required");
        }
        String v = ifMatch.strip();
        if (v.startsWith("W/")) {
            v = v.substring(2);
        }
        v = v.replace("\"", "");
        if (!"*".equals(v) && !v.equals(Long.toString(current))) {
            throw ProblemException.preconditionFailed("Versionen " + v + " är inte längre aktuell (nu " + current
                    + ") / Version " + v + " is stale (now " + current + ")");
        }
    }
}
