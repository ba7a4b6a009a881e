package se.arbetsmarknad.participant.common;

import java.util.Optional;

/**
 * Who acts, as the services see it: a logged-in user (from the token) or the system itself (Kafka
 * consumer, retention job, demo loader). Carries the request facts the audit log records.
 *
 * @param unit    the case officer's unit; empty for admin and system
 * @param admin   admin sees every unit and protected identities
 * @param request method, path, request id and client address; null outside an HTTP request
 */
public record Actor(String username, Optional<String> unit, boolean admin, boolean caseOfficer, RequestInfo request) {

    public record RequestInfo(String method, String path, String requestId, String clientAddress) {
    }

    public static Actor system(String name) {
        return new Actor("system:" + name, Optional.empty(), true, false, null);
    }

    /** A case officer acting outside a request (demo data). */
    public static Actor officer(String username, String unit) {
        return new Actor(username, Optional.of(unit), false, true, null);
    }
}
