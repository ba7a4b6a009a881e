package se.arbetsmarknad.platform.http;

import java.net.URI;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;

import se.arbetsmarknad.platform.problem.ProblemException;
import se.arbetsmarknad.platform.problem.ProblemType;

/**
 * Optimistic locking over HTTP, the same in every service and the only place ETags are made: an entity's
 * version is its strong ETag, and an edit must send the ETag it last read in {@code If-Match}. Missing:
 * 428; not one of ours: 400; another version than the current one: 412. {@code If-Match: *} accepts any
 * version.
 *
 * <p>In a resource: answer with {@link #ok(Object, long)} or {@link #created(URI, Object, long)}, take
 * {@code @HeaderParam(Versions.IF_MATCH) String ifMatch}, and in the service (which holds the row) call
 * {@link #require(String, long)}.
 */
public final class Versions {

    /** What {@link #required(String)} answers for {@code If-Match: *}. */
    public static final long ANY = -1;
    public static final String IF_MATCH = "If-Match";

    private Versions() {
    }

    /** The ETag of a version; usable with {@code Response.tag(...)} and {@code header("ETag", ...)}. */
    public static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** 200 with the entity and its version as ETag. */
    public static Response ok(Object entity, long version) {
        return Response.ok(entity).tag(etag(version)).build();
    }

    /** 201 with the new entity's location, the entity and its version as ETag. */
    public static Response created(URI location, Object entity, long version) {
        return Response.created(location).entity(entity).tag(etag(version)).build();
    }

    /** The version the caller edited, from its If-Match header. */
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
        if ("*".equals(v)) {
            return ANY;
        }
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("If-Match", "okänd version / unknown version " + ifMatch);
        }
    }

    /** 412 when the stored version differs from the one the caller edited. */
    public static void check(long expected, long actual) {
        if (expected != ANY && expected != actual) {
            throw ProblemException.preconditionFailed("Uppgifterna har ändrats sedan du läste dem (nu version "
                    + actual + ") / Modified since you read it (now version " + actual + ")");
        }
    }

    /** {@link #required} and {@link #check} in one: for a service that has the current version at hand. */
    public static void require(String ifMatch, long current) {
        check(required(ifMatch), current);
    }
}
