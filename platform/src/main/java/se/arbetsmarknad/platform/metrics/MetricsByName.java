package se.arbetsmarknad.platform.metrics;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.micrometer.prometheus.PrometheusMeterRegistry;
import io.prometheus.client.exporter.common.TextFormat;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * {@code /q/metrics?name[]=outbox_pending&name[]=…}: only the named samples, the filter Prometheus' own exporters
 * offer (its {@code name[]} parameter; a scrape job's {@code params}). Quarkus' endpoint has no filter and renders
 * every meter on each call (80–205 KB here, mostly Kafka client metrics and histograms), which web's operations page,
 * showing four figures per service, waited for on every view. Only the collectors of those names are collected.
 * Without {@code name[]} the request goes on to Quarkus' endpoint unchanged.
 */
@ApplicationScoped
public class MetricsByName {

    static final String PATH = "/q/metrics";
    static final String NAME = "name[]";

    @Inject
    PrometheusMeterRegistry registry;

    void install(@Observes Router router) {
        // Before Quarkus' own route for the same path; /q/metrics needs no token (operators' endpoint).
        router.get(PATH).order(Integer.MIN_VALUE + 10).handler(this::handle);
    }

    void handle(RoutingContext ctx) {
        List<String> names = ctx.queryParam(NAME);
        if (names.isEmpty()) {
            ctx.next();
            return;
        }
        ctx.response().putHeader(HttpHeaders.CONTENT_TYPE, TextFormat.CONTENT_TYPE_004)
                .end(registry.scrape(TextFormat.CONTENT_TYPE_004, Set.copyOf(names)));
    }
}
