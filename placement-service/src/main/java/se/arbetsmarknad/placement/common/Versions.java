package se.arbetsmarknad.placement.common;

import se.arbetsmarknad.platform.problem.ProblemException;
import se.arbetsmarknad.platform.problem.ProblemType;

/** Optimistic locking over HTTP: the entity version is the ETag; edits must send it in If-Match. */
public final class Versions {

    private Versions() {
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /** 428 without If-Match, 412 when it names another version than the current one. */
    public static void require(String ifMatch, long current) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(ProblemType.PRECONDITION_REQUIRED,
                    "Skicka If-Match med versionen (ETag) / Send If-Match with the version (ETag)");
        }
        String v = ifMatch.trim();
        if (v.startsWith("W/")) {
            v = v.substring(2);
        }
        if (!v.equals(etag(current))) {
            throw ProblemException.preconditionFailed(
                    "Versionen " + v + " är inte den aktuella " + etag(current) + " / Version is not the current one");
        }
    }
}
