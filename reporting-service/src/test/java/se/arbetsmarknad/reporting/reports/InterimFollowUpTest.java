package se.arbetsmarknad.reporting.reports;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import se.arbetsmarknad.platform.testing.TestTokens;
import se.arbetsmarknad.platform.testing.TopicProbe;

/**
 * The interim report shows the year's interim follow-up as the managers froze it (Lund's 2022-08-31:
 * 143 with the judgement of that day), even after the year's later figures have arrived.
 */
@QuarkusTest
class InterimFollowUpTest {

    static final int YEAR = 2013;
    static final String MANAGER = TestTokens.manager("maria");

    static void send(String type, String key, Map<String, Object> data) {
        TopicProbe.send("goal.events.v1", TopicProbe.envelope(type, key, data));
    }

    @Test
    void theFrozenInterimFollowUpIsTheInterimReport() {
        String goal = UUID.randomUUID().toString();
        String plan = UUID.randomUUID().toString();
        Map<String, Object> defined = new HashMap<>(Map.of("goalId", goal, "planId", plan, "title",
                "Anställningar med stöd " + YEAR, "statistic", "supported-employments-started", "year", YEAR,
                "unit", "count", "target", "200", "targetKind", "value"));
        send("goal.defined", goal, defined);
        Map<String, Object> evaluated = new HashMap<>(Map.of("goalId", goal, "planId", plan, "year", YEAR,
                "asOf", YEAR + "-12-31", "actual", 228, "forecast", 228, "forecastMethod", "final",
                "computedStatus", "JA"));
        evaluated.put("judgement", "JA");
        evaluated.put("judgementComment", "Målet nåddes inte riktigt men nästan");
        send("goal.evaluated", goal, evaluated);
        String followUp = UUID.randomUUID().toString();
        send("goal.follow-up-frozen", followUp, Map.of("followUpId", followUp, "planId", plan, "month", YEAR + "-08",
                "kind", "interim", "asOf", YEAR + "-08-31", "goals", List.of(Map.of("goalId", goal, "actual", 143,
                        "forecast", 214.8, "computedStatus", "JA", "judgement", "JA"))));

        JsonPath[] t = new JsonPath[1];
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            t[0] = given().auth().oauth2(MANAGER).get("/api/reports/interim?year=" + YEAR).then().statusCode(200)
                    .extract().jsonPath();
            assertThat(t[0].getList("rows.asOf")).contains(YEAR + "-08-31");
        });
        Map<String, Object> row = t[0].getMap("rows.find { it.goal == 'Anställningar med stöd " + YEAR + "' }");
        assertThat(row).containsEntry("asOf", YEAR + "-08-31").containsEntry("actual", 143).containsEntry("willMeet", "Ja")
                .containsEntry("computed", "Ja");
        assertThat(((Number) row.get("forecast")).floatValue()).isEqualTo(214.8f); // JsonPath reads a JSON number as a float
    }
}
