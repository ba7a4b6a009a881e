package se.arbetsmarknad.goals;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import se.arbetsmarknad.goals.demo.DemoData;
import se.arbetsmarknad.goals.demo.DemoInterimFreeze;

/** The demo data loads through the services and only once (the start-up switch stays off in tests). */
@QuarkusTest
@SuppressWarnings("unchecked")
class DemoDataTest {

    @Inject
    DemoData demo;
    @Inject
    DemoInterimFreeze interim;

    @Test
    void loadsTheUppsalaAndLundPlansOnce() {
        demo.load();
        assertThat(demo.load()).isZero();
        given().auth().oauth2(Api.OFFICER).get("/api/plans?size=500").then().statusCode(200)
                .body("items.name", hasItems("Plan för 1000 fler uppsalabor i egenförsörjning",
                        "Självförsörjningsarbetet 2022: produktionsmål"));
        given().auth().oauth2(Api.OFFICER).get("/api/reference-data/vuxna-invanare").then().statusCode(200)
                .body("values.2026", equalTo(104000.0f));
    }

    /**
     * The interim follow-up is frozen once the figures as of the month's end are the report's own, never
     * before (a frozen follow-up is not rewritten). Shown on a plan of its own for 2020, a year no other
     * test feeds, with the Lund arrays the demo history produces.
     */
    @Test
    void theInterimFollowUpIsFrozenOnceTheFiguresAreCounted() {
        String name = "Demo delår " + System.nanoTime();
        var plan = Api.plan(name, 2020, 2020);
        List<Object> indicators = (List<Object>) plan.get("indicators");
        List<Object> goals = (List<Object>) plan.get("goals");
        Map<String, String> bound = new java.util.LinkedHashMap<>();
        bound.put("L1", "supported-employments-started");
        bound.put("L2", "internships-started");
        bound.put("L3", "study-guidance-started");
        bound.put("L4", "exits-to-self-sufficiency");
        bound.forEach((code, statistic) -> {
            indicators.add(Api.indicator(code, statistic, "count"));
            goals.add(Api.goal("Mål " + code, code, 2020, "100"));
        });
        String planId = Api.createPlan(plan);
        Map<String, Double> expected = Map.of("L1", 143.0, "L2", 16.0, "L3", 27.0, "L4", 61.0);
        YearMonth month = YearMonth.of(2020, 8);
        assertThat(interim.freezeWhenCounted(name, month, expected)).isFalse();

        LocalDate partial = LocalDate.of(2020, 6, 30);
        Feed.send("supported-employments-started", 2020, partial, 15, 17, 20, 18, 19, 16);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(Api.OFFICER)
                .get("/api/plans/" + planId + "/status").then().extract().jsonPath().getList("actual").get(0) != null);
        assertThat(interim.freezeWhenCounted(name, month, expected)).as("not all counted yet").isFalse();

        // Up to August only: an incomplete year never enters another year's seasonal forecast (LundInterimReportTest).
        LocalDate later = LocalDate.of(2020, 8, 31);
        Feed.send("supported-employments-started", 2020, later, 15, 17, 20, 18, 19, 16, 14, 24);
        Feed.send("internships-started", 2020, later, 1, 2, 2, 3, 2, 1, 1, 4);
        Feed.send("study-guidance-started", 2020, later, 3, 4, 4, 3, 4, 2, 2, 5);
        Feed.send("exits-to-self-sufficiency", 2020, later, 6, 8, 9, 7, 8, 7, 6, 10);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> interim.freezeWhenCounted(name, month, expected));
        JsonPath frozen = given().auth().oauth2(Api.OFFICER).get("/api/plans/" + planId + "/follow-ups").then()
                .statusCode(200).extract().jsonPath();
        assertThat(frozen.getList("month")).containsExactly("2020-08");
        assertThat(frozen.getString("[0].kind")).isEqualTo("interim");
        assertThat(frozen.getList("[0].goals.actual", Float.class)).containsExactly(143.0f, 16.0f, 27.0f, 61.0f);
        assertThat(interim.freezeWhenCounted(name, month, expected)).isTrue();
        assertThat(given().auth().oauth2(Api.OFFICER).get("/api/plans/" + planId + "/follow-ups").then().extract()
                .jsonPath().getList("id")).hasSize(1);
    }
}
