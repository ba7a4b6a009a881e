package se.arbetsmarknad.goals;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Every indicator is bound: to a statistic counted by the suite, to the financial-assistance figures
 * imported into reporting-service (and so to goals on them), to a share of one statistic in another, or it
 * names the source it is followed from. Figures arrive as statistic.series-updated over the real broker.
 */
@QuarkusTest
@SuppressWarnings("unchecked")
class IndicatorBindingTest {

    static String importUppsala() throws IOException {
        try (InputStream in = IndicatorBindingTest.class.getResourceAsStream("/plans/uppsala-2023-2026.yaml")) {
            return given().auth().oauth2(Api.MANAGER).contentType("application/yaml").body(in.readAllBytes())
                    .post("/api/plans/import").then().statusCode(201).extract().path("id");
        }
    }

    static Map<String, Map<String, Object>> indicators(String planId, int year) {
        List<Map<String, Object>> rows = given().auth().oauth2(Api.OFFICER)
                .get("/api/plans/" + planId + "/indicators/status?year=" + year).then().statusCode(200).extract()
                .jsonPath().getList("$");
        return rows.stream().collect(Collectors.toMap(r -> (String) r.get("code"), r -> r));
    }

    static Double number(Object o) {
        return o == null ? null : Double.valueOf(o.toString()); // JSON floats as written
    }

    @Test
    void theImportedAssistanceFiguresReachTheBoardGoalAndTheIndicators() throws IOException {
        String planId = importUppsala();
        var before = indicators(planId, 2026);
        assertThat(before).hasSize(13);
        assertThat((String) before.get("2.2").get("waitingFor")).contains("verksamhetssystemet för ekonomiskt bistånd");
        assertThat((String) before.get("1.3").get("waitingFor")).contains("Vuxenutbildningens antagningssystem");
        assertThat((String) before.get("3.2").get("waitingFor")).contains("Vuxenutbildningens elevregister");

        // What reporting-service publishes after an import of January–March 2026 (stocks: the month's level).
        Feed.send(Feed.series("adult-assistance-recipients", 2026, LocalDate.of(2026, 3, 31), "last", 1400, 1380, 1352));
        Feed.send(Feed.series("long-term-assistance-recipients", 2026, LocalDate.of(2026, 3, 31), "last", 700, 690, 676));
        Feed.send(Feed.series("sick-listed-assistance-recipients", 2026, LocalDate.of(2026, 3, 31), "last", 90, 92, 95));
        given().auth().oauth2(Api.MANAGER).contentType(ContentType.JSON)
                .body(Map.of("values", Map.of("2026", 104_000))).put("/api/reference-data/vuxna-invanare").then()
                .statusCode(200);

        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> indicators(planId, 2026).get("2.2").get("actual") != null
                && indicators(planId, 2026).get("0.1").get("actual") != null
                && indicators(planId, 2026).get("1.2").get("actual") != null);
        var after = indicators(planId, 2026);
        assertThat(after.get("0.1")).containsEntry("asOf", "2026-03-31");
        assertThat(after.get("0.1").get("waitingFor")).isNull();
        assertThat(number(after.get("0.1").get("actual"))).isEqualTo(1.3); // 1 352 of 104 000 adults
        assertThat(number(after.get("2.2").get("actual"))).isEqualTo(95.0);
        assertThat(number(((Map<String, Object>) after.get("2.2").get("actualByGender")).get("K"))).isEqualTo(47.0);
        // 1.2 is the share of the long-term among all adult recipients, also per gender.
        assertThat(number(after.get("1.2").get("actual"))).isEqualTo(50.0);
        assertThat(number(((Map<String, Object>) after.get("1.2").get("actualByGender")).get("M"))).isEqualTo(50.0);

        // The board goal (högst 1 % by the end of the term) shows the same actual, with a forecast and status.
        List<Map<String, Object>> goals = given().auth().oauth2(Api.OFFICER)
                .get("/api/plans/" + planId + "/status?year=2026").then().statusCode(200).extract().jsonPath().getList("$");
        Map<String, Object> board = goals.get(0);
        assertThat(board).containsEntry("statistic", "adult-assistance-recipients").containsEntry("asOf", "2026-03-31");
        assertThat(number(board.get("actual"))).isEqualTo(1.3);
        // Falling by 24 a month: 1 137 in December, 1.09 % — within the 10 % band over 1 %.
        assertThat(number(board.get("forecast"))).isEqualTo(1.1);
        assertThat(board.get("computedStatus")).isEqualTo("OSAKERT");

        // A corrected March (a re-import) moves the goal.
        Feed.send(Feed.series("adult-assistance-recipients", 2026, LocalDate.of(2026, 3, 31), "last", 1400, 1380, 1040));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> Double.valueOf(1.0).equals(number(
                given().auth().oauth2(Api.OFFICER).get("/api/plans/" + planId + "/status?year=2026").then()
                        .extract().jsonPath().getList("actual").get(0))));
    }

    @Test
    void aShareOfAnotherStatisticIsMeasuredInPercentOfALikeStatistic() {
        String id = Api.createPlan(Api.plan("Andelar " + System.nanoTime(), 2030, 2030));
        String indicators = "/api/plans/" + id + "/indicators";
        Api.post(Api.MANAGER, indicators, Map.of("code", "X", "title", "Andel", "unit", "count",
                "statistic", "long-term-assistance-recipients", "denominator", "adult-assistance-recipients"))
                .statusCode(400).body("errors[0].field", equalTo("indicator.unit"));
        Api.post(Api.MANAGER, indicators, Map.of("code", "Y", "title", "Andel", "unit", "percent",
                "statistic", "long-term-assistance-recipients", "denominator", "days-to-first-intervention"))
                .statusCode(400).body("errors[0].field", equalTo("indicator.denominator"));
        Api.post(Api.MANAGER, indicators, Map.of("code", "Z", "title", "Andel långvariga", "unit", "percent",
                "statistic", "long-term-assistance-recipients", "denominator", "adult-assistance-recipients"))
                .statusCode(201);
        // A reference series may not take the name of a statistic (a denominator would be ambiguous).
        given().auth().oauth2(Api.MANAGER).contentType(ContentType.JSON).body(Map.of("values", Map.of("2030", 5)))
                .put("/api/reference-data/adult-assistance-recipients").then().statusCode(400)
                .body("errors[0].field", equalTo("series"));
        given().auth().oauth2(Api.OFFICER).get("/api/plans/" + id + "/indicators/status").then().statusCode(200)
                .body("find { it.code == 'Z' }.waitingFor", containsString("månadsuppgifter för 2030"))
                .body("find { it.code == 'A' }.waitingFor", containsString("Väntar på statistik för"))
                .body("waitingFor", everyItem(anyOf(nullValue(), not(containsString("-service")))));
        given().auth().oauth2(Api.PROVIDER).get("/api/plans/" + id + "/indicators/status").then().statusCode(403);
        given().auth().oauth2(Api.OFFICER).get("/api/plans/" + java.util.UUID.randomUUID() + "/indicators/status")
                .then().statusCode(404);
    }
}
