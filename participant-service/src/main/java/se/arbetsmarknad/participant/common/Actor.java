package se.arbetsmarknad.participant.common;

import java.util.Optional;

import se.arbetsmarknad.platform.security.UnitScope;

/**
 * Who acts, as the services see it: a logged-in user (from the token) or the system itself (Kafka
 * consumer, retention job, demo loader). Carries the request facts the audit log records.
 *
 * @param scope   whose participants the actor may see: the platform's one unit rule ({@code AccessScope.participants()})
 * @param admin   admin sees every unit and protected identities
 * @param request method, path, request id and client address; null outside an HTTP request
 */
public record Actor(String username, UnitScope scope, boolean admin, boolean caseOfficer, RequestInfo request) {

    public record RequestInfo(String method, String path, String requestId, String clientAddress) {
    }

    public static Actor system(String name) {
        return new Actor("system:" + name, UnitScope.ALL, true, false, null);
    }

    /** A case officer acting outside a request (demo data). */
    public static Actor officer(String username, String unit) {
        return new Actor(username, UnitScope.only(unit), false, true, null);
    }

    /** The unit the actor is confined to; empty for admin and the system. */
    public Optional<String> unit() {
        return scope.confinedTo();
    }
}
