package se.arbetsmarknad.participant.common;

import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpServerRequest;
import se.arbetsmarknad.platform.security.AccessScope;
import se.arbetsmarknad.platform.security.CurrentUser;
import se.arbetsmarknad.platform.security.Roles;

/** Builds the {@link Actor} of the current HTTP request from the token and the request line. */
@RequestScoped
public class Actors {

    @Inject
    CurrentUser user;
    @Inject
    AccessScope access;
    @Inject
    CurrentVertxRequest vertx;

    public Actor current() {
        // A case officer without a unit claim is a 403 here (AccessScope), whatever they ask for.
        return new Actor(user.username(), access.participants(), user.isAdmin(), user.hasRole(Roles.CASE_OFFICER), request());
    }

    private Actor.RequestInfo request() {
        if (vertx.getCurrent() == null) {
            return null;
        }
        HttpServerRequest r = vertx.getCurrent().request();
        String requestId = r.getHeader("X-Request-Id");
        if (requestId == null || requestId.isBlank() || requestId.length() > 100) {
            requestId = UUID.randomUUID().toString();
        }
        String client = r.getHeader("X-Forwarded-For");
        if (client == null && r.remoteAddress() != null) {
            client = r.remoteAddress().hostAddress();
        }
        // path() never includes the query string, which might carry filters; personal data never goes in URLs.
        return new Actor.RequestInfo(r.method().name(), r.path(), requestId, client);
    }
}
