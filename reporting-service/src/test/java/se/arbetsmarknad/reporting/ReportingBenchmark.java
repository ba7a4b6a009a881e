package se.arbetsmarknad.reporting;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import se.arbetsmarknad.platform.testing.TestTokens;

/**
 * A benchmark, not a test: it asserts nothing and is not run by {@code verify} (surefire runs *Test and
 * the class is tagged {@code benchmark}). It measures report latency over HTTP (token checks, JSON and
 * PNG rendering) with 1 000 and with 1 000 000 events of history in the counters, and writes the
 * figures to {@code target/benchmark/reporting-read.tsv} (and the console) for {@code ./suite bench}.
 * The history is {@code bench/history.sql}, the same loader as for a {@code ./suite up} stack. Each
 * request is asked twice per round: cold (first request after new events: computed from the counters)
 * and warm (cached until the read model changes).
 * Run: ./mvnw -B -pl reporting-service -am test -Dtest=ReportingBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 */
@QuarkusTest
@Tag("benchmark")
class ReportingBenchmark {

    static final String MANAGER = TestTokens.manager("bench");
    static final int WARM_UP = 10;
    static final int SAMPLES = 100;

    @Inject
    EntityManager em;

    @Test
    void reportLatencyWithLongHistory() throws IOException {
        List<String> out = new ArrayList<>(List.of("history_events\tcounter_rows\trequest\tcache\tmedian_ms\tp95_ms\tp99_ms"));
        // 1 000 again at the end: the first round also pays for JIT warm-up.
        for (long history : new long[] {1_000, 1_000_000, 1_000}) {
            long rows = load(history);
            measure(out, history, rows, "dashboard", "/api/reports/dashboard?month=2026-10");
            measure(out, history, rows, "interim", "/api/reports/interim?year=2026");
            measure(out, history, rows, "statistic by month x kind", "/api/statistics/interventions-started?year=2026&by=kind");
            measure(out, history, rows, "stock by month", "/api/statistics/active-participants?year=2026");
            measure(out, history, rows, "chart PNG", "/api/charts/enrolled-per-month?year=2026&format=png");
        }
        Path file = Path.of("target/benchmark/reporting-read.tsv");
        Files.createDirectories(file.getParent());
        Files.write(file, out);
        System.out.println("\n=== ReportingBenchmark (" + file + ") ===\n" + String.join("\n", out));
    }

    long load(long events) throws IOException {
        String sql;
        try (InputStream in = getClass().getResourceAsStream("/bench/history.sql")) {
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            em.createNativeQuery(sql).executeUpdate();
            return ((Number) em.createNativeQuery("select pg_temp.bench_history(:n)").setParameter("n", events)
                    .getSingleResult()).longValue();
        });
    }

    void measure(List<String> out, long history, long rows, String name, String url) {
        List<Double> cold = new ArrayList<>();
        List<Double> warm = new ArrayList<>();
        for (int i = 0; i < WARM_UP + SAMPLES; i++) {
            // A new read-model version each round: the first request computes, the second is cached.
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                    insert into readmodel_version (channel, version) values ('bench-round', 1)
                    on conflict (channel) do update set version = readmodel_version.version + 1""").executeUpdate());
            double c = time(url);
            double w = time(url);
            if (i >= WARM_UP) {
                cold.add(c);
                warm.add(w);
            }
        }
        out.add(row(history, rows, name, "cold", cold));
        out.add(row(history, rows, name, "warm", warm));
    }

    static double time(String url) {
        long start = System.nanoTime();
        given().auth().oauth2(MANAGER).get(url).then().statusCode(200);
        return (System.nanoTime() - start) / 1e6;
    }

    static String row(long history, long rows, String name, String cache, List<Double> ms) {
        Collections.sort(ms);
        return String.format("%d\t%d\t%s\t%s\t%.1f\t%.1f\t%.1f", history, rows, name, cache, ms.get(ms.size() / 2),
                ms.get((int) (ms.size() * 0.95)), ms.get((int) (ms.size() * 0.99)));
    }
}
