package se.arbetsmarknad.reporting;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import se.arbetsmarknad.platform.testing.TestTokens;

/** The read model rebuilt from the topics equals the one built live (every table, and a report). */
@QuarkusTest
class RebuildTest {

    static final int YEAR = 2017;
    static final String UNIT = "reb-" + UUID.randomUUID().toString().substring(0, 8);
    static final String ADMIN = TestTokens.admin("admin");
    static final List<String> TABLES = List.of("stat_fact", "stat_month", "stat_total", "participant_state",
            "participant_counted", "project_membership", "organisation", "placement", "match_state", "goal", "unit");

    @Inject
    EntityManager em;

    @Test
    void aRebuiltReadModelEqualsTheLiveOne() {
        // History with every kind of transition: enrolments, an intervention, a transfer, exits, a reopening
        // re-enrolment, project membership in and out, and a duplicate delivery.
        for (int i = 0; i < 8; i++) {
            UUID p = Feed.enrol(UNIT, i % 3 == 0 ? "M" : "K", "30-54", LocalDate.of(YEAR, 1 + i, 5),
                    i % 2 == 0 ? LocalDate.of(YEAR - 1, 1, 1) : null);
            Feed.intervention(p, UNIT, "extratjanst", "anstallning-med-stod", LocalDate.of(YEAR, 2 + i, 1));
            if (i % 2 == 0) {
                Feed.project(p, UNIT, "iris", "kompetenstrappan", true, true, LocalDate.of(YEAR, 3, 1));
            }
            if (i == 2) {
                Feed.project(p, UNIT, "iris", "kompetenstrappan", false, true, LocalDate.of(YEAR, 6, 1));
                Feed.transfer(p, UNIT, UNIT + "-b", LocalDate.of(YEAR, 7, 1));
            }
            if (i < 4) {
                Feed.exit(p, i == 2 ? UNIT + "-b" : UNIT, "studier", LocalDate.of(YEAR, 10, 1));
            }
        }
        // 8 enrolled; 3 exited in the unit and 1 moved out: 4 active (suppressed); 4 exits to studies overall.
        String exits = "/api/statistics/exits?year=" + YEAR + "&period=year&unit=" + UNIT + "-b";
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(ADMIN).get(exits).then()
                .statusCode(200).body("rows[0].T", equalTo(null)).body("rows[0].K", equalTo(null)));
        String enrolled = "/api/statistics/enrolled-unique?year=" + YEAR + "&unit=" + UNIT + "&period=year";
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(ADMIN).get(enrolled).then()
                .statusCode(200).body("rows[0].T", equalTo(8)));
        Map<String, List<String>> live = quiescentSnapshot();
        String reportBefore = given().auth().oauth2(ADMIN).get("/api/reports/dashboard?month=" + YEAR + "-10&format=csv")
                .then().statusCode(200).extract().asString();

        given().auth().oauth2(TestTokens.manager("maria")).post("/api/admin/rebuild").then().statusCode(403);
        given().auth().oauth2(ADMIN).post("/api/admin/rebuild").then().statusCode(202).body("state", equalTo("running"));
        await().atMost(Duration.ofSeconds(120)).untilAsserted(() -> given().auth().oauth2(ADMIN).get("/api/admin/rebuild")
                .then().statusCode(200).body("state", equalTo("done")));
        Map<String, Object> status = given().auth().oauth2(ADMIN).get("/api/admin/rebuild").then().extract().jsonPath()
                .getMap("");
        assertThat(((Number) status.get("applied")).longValue()).isGreaterThanOrEqualTo(26);

        Map<String, List<String>> rebuilt = snapshot();
        for (String table : TABLES) {
            assertThat(rebuilt.get(table)).as("table %s after rebuild", table).containsExactlyElementsOf(live.get(table));
        }
        assertThat(given().auth().oauth2(ADMIN).get("/api/reports/dashboard?month=" + YEAR + "-10&format=csv")
                .then().statusCode(200).extract().asString()).isEqualTo(reportBefore);
    }

    /** Waits until no event is being applied any more (two equal snapshots in a row). */
    Map<String, List<String>> quiescentSnapshot() {
        Map<String, List<String>>[] last = new Map[] {snapshot()};
        await().atMost(Duration.ofSeconds(30)).pollDelay(Duration.ofSeconds(1)).pollInterval(Duration.ofSeconds(1))
                .until(() -> {
                    Map<String, List<String>> now = snapshot();
                    boolean same = now.equals(last[0]);
                    last[0] = now;
                    return same;
                });
        return last[0];
    }

    @SuppressWarnings("unchecked")
    Map<String, List<String>> snapshot() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<String, List<String>> all = new LinkedHashMap<>();
            for (String table : TABLES) {
                all.put(table, em.createNativeQuery("select cast(t as text) from " + table + " t order by 1")
                        .getResultList());
            }
            return all;
        });
    }
}
