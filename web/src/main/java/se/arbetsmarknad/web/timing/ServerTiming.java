package se.arbetsmarknad.web.timing;

import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Measures the server time of every page and tells the browser in a {@code Server-Timing} header:
 * {@code app} = the whole request in this application (services' time included, rendering included),
 * {@code svc} = the time spent waiting for the services (see {@link ServiceCallTimer}), with their count.
 * The benchmark (web/README.md) reads these headers; the browser's developer tools show them too.
 */
@ApplicationScoped
public class ServerTiming {

    static final String START = "web.timing.start";
    static final String SERVICE_NANOS = "web.timing.service-nanos";
    static final String SERVICE_CALLS = "web.timing.service-calls";

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 5).handler(this::start);
    }

    void start(RoutingContext ctx) {
        long start = System.nanoTime();
        ctx.put(START, start);
        ctx.addHeadersEndHandler(v -> ctx.response().putHeader("Server-Timing", header(ctx, start)));
        ctx.next();
    }

    static String header(RoutingContext ctx, long start) {
        double app = (System.nanoTime() - start) / 1e6;
        Long svc = ctx.get(SERVICE_NANOS);
        Integer calls = ctx.get(SERVICE_CALLS);
        return String.format(Locale.ROOT, "app;dur=%.1f, svc;dur=%.1f;desc=\"%d\"", app, svc == null ? 0.0 : svc / 1e6,
                calls == null ? 0 : calls);
    }

    /** Adds one service call's duration to the request being served. */
    static synchronized void addServiceCall(RoutingContext ctx, long nanos) {
        Long total = ctx.get(SERVICE_NANOS);
        Integer calls = ctx.get(SERVICE_CALLS);
        ctx.put(SERVICE_NANOS, (total == null ? 0L : total) + nanos);
        ctx.put(SERVICE_CALLS, (calls == null ? 0 : calls) + 1);
    }
}
