package se.arbetsmarknad.web.admin;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.Config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Operations at a glance, from what each service already exposes to its operators: {@code /q/health/live},
 * {@code /q/health/ready} (with each check) and {@code /q/metrics} (Prometheus text): the outbox backlog
 * ({@code outbox_pending}, platform's relay gauge) and the consumer lag per topic (Kafka's own
 * {@code records-lag} per partition, summed). No database and no broker is read here; a service that does not
 * answer is shown as such. The same addresses the REST clients use.
 */
@ApplicationScoped
public class Operations {

    static final List<String> SERVICES = List.of("participant", "placement", "goals", "reporting");
    private static final Duration TIMEOUT = Duration.ofSeconds(3);
    /** kafka_consumer_fetch_manager_records_lag{client_id="…",…,partition="0",topic="match.events.v1"} 12.0 */
    private static final Pattern LAG = Pattern.compile("^kafka_consumer_fetch_manager_records_lag\\{([^}]*)}\\s+(\\S+)$");
    private static final Pattern TOPIC = Pattern.compile("topic=\"([^\"]+)\"");
    private static final ObjectMapper JSON = new ObjectMapper();
    /**
     * Only the samples this page shows, by name (platform's {@code MetricsByName}, Prometheus' {@code name[]}): the
     * whole text is 80–205 KB per service, rendered by the service and parsed here on every view.
     */
    static final String METRICS = "/q/metrics?" + Stream.of("outbox_pending", "outbox_oldest_pending_age_seconds",
            "inbox_dead_lettered_total", "kafka_consumer_fetch_manager_records_lag").map(n -> "name%5B%5D=" + n)
            .collect(Collectors.joining("&"));

    @Inject
    Config config;

    /**
     * HTTP/1.1, so the twelve probes run on connections of their own: over h2c (the JDK client's default, which the
     * services accept) a service's three probes share one connection and one of its event loops, and the slowest
     * probe, which the page waits for, came later (twelve probes at once, 30 rounds: p95 263 ms vs 376 ms on a
     * loaded machine).
     */
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(TIMEOUT).build();

    public record Check(String name, boolean up) {
    }

    /** Quarkus' names of the readiness checks in Swedish; a check the list does not know keeps its own name. */
    private static final Map<String, String> CHECK_NAMES = Map.of(
            "Database connections health check", "Databasen",
            "SmallRye Reactive Messaging - readiness check", "Kafka (händelser in och ut)",
            "SmallRye Reactive Messaging - liveness check", "Kafka (händelser in och ut)",
            "OIDC Provider Health Check", "Inloggningstjänsten (OIDC)");

    public record Lag(String topic, long records) {
    }

    /**
     * One service as an operator sees it: health, the outbox backlog and the age of its oldest event, consumer lag
     * per topic, events sent to the dead-letter topic; a figure is null when the metrics did not answer or lack it.
     */
    public record ServiceState(String name, boolean live, boolean ready, List<Check> checks, Double outboxPending,
            Double oldestPendingSeconds, Double deadLettered, List<Lag> lags) {

        public String title() {
            return name + "-service";
        }

        public long totalLag() {
            return lags == null ? 0 : lags.stream().mapToLong(Lag::records).sum();
        }
    }

    public List<ServiceState> states() {
        List<CompletableFuture<ServiceState>> all = SERVICES.stream().map(this::state).toList();
        return all.stream().map(CompletableFuture::join).toList();
    }

    CompletableFuture<ServiceState> state(String service) {
        String base = config.getOptionalValue("quarkus.rest-client." + service + ".url", String.class).orElse("http://localhost");
        CompletableFuture<String> live = get(base + "/q/health/live");
        CompletableFuture<String> ready = get(base + "/q/health/ready");
        CompletableFuture<String> metrics = get(base + METRICS);
        return CompletableFuture.allOf(live, ready, metrics).thenApply(v -> {
            JsonNode readyJson = parse(ready.join());
            List<Check> checks = new ArrayList<>();
            if (readyJson != null && readyJson.has("checks")) {
                readyJson.get("checks").forEach(c -> checks.add(new Check(CHECK_NAMES.getOrDefault(c.path("name").asText(), c.path("name").asText()), "UP".equals(c.path("status").asText()))));
            }
            String m = metrics.join();
            return new ServiceState(service, up(parse(live.join())), up(readyJson), checks, m == null ? null : outboxPending(m),
                    m == null ? null : sum(m, "outbox_oldest_pending_age_seconds"), m == null ? null : sum(m, "inbox_dead_lettered_total"),
                    m == null ? null : lags(m));
        });
    }

    /** The body of a GET, or null when the service does not answer (a 503 from health still has its body). */
    private CompletableFuture<String> get(String url) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT).GET().build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).thenApply(HttpResponse::body)
                .exceptionally(e -> null);
    }

    private static JsonNode parse(String body) {
        try {
            return body == null ? null : JSON.readTree(body);
        } catch (java.io.IOException e) {
            return null;
        }
    }

    private static boolean up(JsonNode health) {
        return health != null && "UP".equals(health.path("status").asText());
    }

    static Double outboxPending(String metrics) {
        return sum(metrics, "outbox_pending");
    }

    /** The value of a metric, summed over its labels (e.g. dead-lettered per topic); null when the service has no such metric. */
    static Double sum(String metrics, String name) {
        Double total = null;
        for (String line : metrics.split("\n")) {
            if (line.startsWith(name + " ") || line.startsWith(name + "{")) {
                Double v = number(line.substring(line.lastIndexOf(' ') + 1));
                total = v == null ? total : (total == null ? 0 : total) + v;
            }
        }
        return total;
    }

    /** Records behind the end of each consumed topic, summed over its partitions (Kafka names each topic twice: dots and underscores). */
    static List<Lag> lags(String metrics) {
        Map<String, Long> byTopic = new TreeMap<>();
        for (String line : metrics.split("\n")) {
            Matcher m = LAG.matcher(line.trim());
            if (!m.matches()) {
                continue;
            }
            Matcher t = TOPIC.matcher(m.group(1));
            Double value = number(m.group(2));
            if (t.find() && t.group(1).contains(".") && value != null) {
                byTopic.merge(t.group(1), Math.round(value), Long::sum);
            }
        }
        return byTopic.entrySet().stream().map(e -> new Lag(e.getKey(), e.getValue())).toList();
    }

    private static Double number(String text) {
        try {
            double d = Double.parseDouble(text.trim());
            return Double.isNaN(d) ? null : d;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
