package se.arbetsmarknad.reporting;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import se.arbetsmarknad.platform.testing.TestTokens;

/**
 * Benchmark, not a test (surefire runs *Test only): report and dashboard latency over HTTP with 1 000
 * and with 1 000 000 events of history (10 years) in the counters. The counters are written directly
 * with SQL (one +1 per synthetic event, aggregated the way the projections aggregate them) because
 * feeding a million events through Kafka would take far longer than the measurement.
 * Run: ./mvnw -B -o -pl reporting-service test -Dtest=ReportingBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 */
@QuarkusTest
class ReportingBenchmark {

    static final String MANAGER = TestTokens.manager("bench");
    static final String[] STATISTICS = {"enrolled-unique", "active-participants", "interventions-started",
            "supported-employments-started", "internships-started", "exits", "exits-to-work-or-studies",
            "days-to-first-intervention"};

    @Inject
    EntityManager em;

    @Test
    void latencyDoesNotGrowWithHistory() {
        StringBuilder out = new StringBuilder("history events | counter rows | request | median ms | p95 ms\n");
        // 1 000 again at the end: the first round also pays for JIT warm-up.
        for (int history : new int[] {1_000, 1_000_000, 1_000}) {
            load(history);
            long rows = QuarkusTransaction.requiringNew().call(() -> ((Number) em
                    .createNativeQuery("select count(*) from stat_fact").getSingleResult()).longValue());
            out.append(String.format("%,d | %,d | (loaded) | | %n", history, rows));
            measure(out, history, "dashboard month", "/api/reports/dashboard?month=2026-10");
            measure(out, history, "statistic by month × kind", "/api/statistics/interventions-started?year=2026&by=kind");
            measure(out, history, "stock by month", "/api/statistics/active-participants?year=2026");
            measure(out, history, "chart PNG", "/api/charts/enrolled-per-month?year=2026&format=png");
        }
        System.out.println("\n=== ReportingBenchmark ===\n" + out);
    }

    void load(int events) {
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("truncate stat_fact, stat_total").executeUpdate();
            StringBuilder stats = new StringBuilder();
            for (String s : STATISTICS) {
                stats.append(stats.isEmpty() ? "" : ",").append('\'').append(s).append('\'');
            }
            em.createNativeQuery("""
                    insert into stat_fact (statistic, day, gender, unit, age_band, kind, project, days, value)
                    select statistic, day, gender, unit, age_band, kind, '', days, count(*) from (
                      select (array[%s])[1 + i %% 8] as statistic,
                        date '2017-01-01' + cast(cast(i as bigint) * 7919 %% 3650 as integer) as day,
                        case when i %% 2 = 0 then 'K' else 'M' end as gender,
                        case when i %% 3 = 0 then 'unga-18-24' else 'arbete-forsorjning' end as unit,
                        (array['17-19','20-24','25-29','30-54','55-64','65+'])[1 + i %% 6] as age_band,
                        (array['praktik','extratjanst','nystartsjobb','osa','studievagledning'])[1 + i %% 5] as kind,
                        case when i %% 8 = 7 then i %% 90 else 0 end as days
                      from generate_series(1, :n) i) x
                    group by statistic, day, gender, unit, age_band, kind, days""".formatted(stats))
                    .setParameter("n", events).executeUpdate();
            em.createNativeQuery("""
                    insert into stat_total (statistic, gender, unit, age_band, kind, project, days, value)
                    select statistic, gender, unit, age_band, kind, project, days, sum(value) from stat_fact
                    group by statistic, gender, unit, age_band, kind, project, days""").executeUpdate();
        });
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("analyze stat_fact").executeUpdate());
    }

    void measure(StringBuilder out, int history, String name, String url) {
        for (int i = 0; i < 10; i++) {
            given().auth().oauth2(MANAGER).get(url).then().statusCode(200);
        }
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            long start = System.nanoTime();
            given().auth().oauth2(MANAGER).get(url).then().statusCode(200);
            ms.add((System.nanoTime() - start) / 1e6);
        }
        Collections.sort(ms);
        out.append(String.format("%,d | | %s | %.1f | %.1f%n", history, name, ms.get(ms.size() / 2),
                ms.get((int) (ms.size() * 0.95))));
    }
}
