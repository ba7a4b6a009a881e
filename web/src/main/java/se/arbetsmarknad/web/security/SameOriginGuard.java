package se.arbetsmarknad.web.security;

import java.net.URI;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * First half of the CSRF protection, before authentication and before any body is read: a state-changing
 * request (anything but GET/HEAD/OPTIONS) must come from this application's own pages. Browsers say where
 * a request comes from in {@code Sec-Fetch-Site} (every current browser) and {@code Origin}; a request that
 * says "another site" is refused with 403. The second half, the per-session token, is {@link CsrfFilter}.
 */
@ApplicationScoped
public class SameOriginGuard {

    private static final Logger LOG = Logger.getLogger(SameOriginGuard.class);
    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);
    /** Before Quarkus' authentication handlers, after its header handling. */
    static final int ORDER = Integer.MIN_VALUE + 10;

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::check);
    }

    void check(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        if (SAFE.contains(request.method()) || sameOrigin(request)) {
            ctx.next();
            return;
        }
        LOG.warnf("Refused a cross-site %s %s (Sec-Fetch-Site=%s, Origin=%s)", request.method(), request.path(),
                request.getHeader("Sec-Fetch-Site"), request.getHeader("Origin"));
        ctx.response().setStatusCode(403).putHeader("Content-Type", "text/plain; charset=UTF-8")
                .end("Förfrågan kom från en annan webbplats och avvisades.");
    }

    static boolean sameOrigin(HttpServerRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null && !site.equals("same-origin")) {
            return false;
        }
        String origin = request.getHeader("Origin");
        if (origin == null) {
            // No Origin on a same-origin request from an older browser: the token check still applies.
            return true;
        }
        return sameHost(origin, request.authority() == null ? request.getHeader("Host") : request.authority().toString());
    }

    /** Origin's host[:port] against the Host the browser addressed (TLS may end at the ingress, so not the scheme). */
    static boolean sameHost(String origin, String host) {
        if (host == null || origin.equals("null")) {
            return false;
        }
        try {
            URI uri = URI.create(origin);
            String authority = uri.getPort() == -1 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
            return authority != null && authority.equalsIgnoreCase(stripDefaultPort(host, uri.getScheme()));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String stripDefaultPort(String host, String scheme) {
        if (("https".equals(scheme) && host.endsWith(":443")) || ("http".equals(scheme) && host.endsWith(":80"))) {
            return host.substring(0, host.lastIndexOf(':'));
        }
        return host;
    }
}
