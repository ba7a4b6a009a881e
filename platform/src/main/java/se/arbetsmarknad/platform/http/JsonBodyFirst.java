package se.arbetsmarknad.platform.http;

import java.util.Locale;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * Reads a JSON request body on the event loop before the request goes on to its endpoint. Without it Quarkus REST
 * hands a blocking endpoint (every write: it runs in a transaction) its body as a stream: the worker thread starts,
 * finds the bytes not passed over yet and waits until the event loop hands them to it, one more wait and wake-up per
 * write request, each a wait for a core on a busy machine (docs/performance.md, "writes"). A body read already is
 * taken as it is (Quarkus REST reads {@link RoutingContext#body()} when present). Only JSON, whose bodies are small:
 * forms, CSV, XLSX and multipart uploads stream as before. The limit is Quarkus' own
 * ({@code quarkus.http.limits.max-body-size}), so nothing larger is held than before.
 */
@ApplicationScoped
public class JsonBodyFirst {

    private static final Set<HttpMethod> WITH_BODY = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH);

    @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K")
    MemorySize limit;

    void install(@Observes Router router) {
        BodyHandler body = BodyHandler.create(false).setBodyLimit(limit.asLongValue());
        // Before Quarkus REST's routes (and MetricsByName's); the token is checked later, by the endpoint, as before.
        router.route().order(Integer.MIN_VALUE + 20).handler(ctx -> {
            if (isJson(ctx.request().method(), ctx.request().getHeader(HttpHeaders.CONTENT_TYPE))) {
                body.handle(ctx);
            } else {
                ctx.next();
            }
        });
    }

    /** A request whose body this reads first: POST, PUT or PATCH of application/json or application/…+json. */
    static boolean isJson(HttpMethod method, String type) {
        if (!WITH_BODY.contains(method) || type == null) {
            return false;
        }
        int end = type.indexOf(';');
        String essence = (end < 0 ? type : type.substring(0, end)).trim().toLowerCase(Locale.ROOT);
        return essence.equals("application/json") || (essence.startsWith("application/") && essence.endsWith("+json"));
    }
}
