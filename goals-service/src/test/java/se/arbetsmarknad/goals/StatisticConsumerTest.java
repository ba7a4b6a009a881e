package se.arbetsmarknad.goals;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import se.arbetsmarknad.platform.events.Topics;
import se.arbetsmarknad.platform.testing.TopicProbe;

/** statistic.series-updated over the real broker: staleness, worsening, ratio goals. Years unique per test. */
@QuarkusTest
@SuppressWarnings("unchecked")
class StatisticConsumerTest {

    @Inject
    EntityManager em;

    static String goalIn(int year, String statistic, String unit, String target, Map<String, Object> extra) {
        var plan = Api.plan("Statistik " + year + " " + System.nanoTime(), year, year);
        var indicator = Api.indicator("S", statistic, unit);
        indicator.putAll(extra);
        ((List<Object>) plan.get("indicators")).add(indicator);
        ((List<Object>) plan.get("goals")).add(Api.goal("Mål " + year, "S", year, target));
        return Api.post(Api.MANAGER, "/api/plans", plan).statusCode(201).extract().path("goals[0].id");
    }

    static Map<String, Object> status(String goalId) {
        return given().auth().oauth2(Api.OFFICER).get("/api/goals/" + goalId + "/status").then().statusCode(200)
                .extract().as(Map.class);
    }

    boolean applied(String eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from processed_event where event_id = :id").setParameter("id", UUID.fromString(eventId))
                .getSingleResult()).intValue() == 1);
    }

    @Test
    void anOlderFigureArrivingLateDoesNotReplaceANewerOne() {
        String goalId = goalIn(2033, "interventions-started", "count", "100", Map.of());
        assertThat(status(goalId)).containsEntry("asOf", "2022-09-09"); // a future year: as of today, no figures
        assertThat(status(goalId).get("actual")).isNull();
        Feed.send("interventions-started", 2033, LocalDate.of(2033, 3, 31), 10, 10, 10);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> Double.valueOf(30).equals(
                toDouble(status(goalId).get("actual"))));
        String stale = Feed.send("interventions-started", 2033, LocalDate.of(2033, 2, 28), 10, 5);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> applied(stale));
        assertThat(status(goalId)).containsEntry("asOf", "2033-03-31");
        assertThat(toDouble(status(goalId).get("actual"))).isEqualTo(30.0);
    }

    @Test
    void aWorseningStatusIsPublished() {
        String goalId = goalIn(2034, "exits-to-work-or-studies", "count", "120", Map.of());
        // 60 by the end of June: on course for 120 (JA).
        Feed.send("exits-to-work-or-studies", 2034, LocalDate.of(2034, 6, 30), 10, 10, 10, 10, 10, 10);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> "JA".equals(status(goalId).get("computedStatus")));
        // July brings nothing: 60 by the end of July → 103, within 15 % → NEJ with a 10 % band.
        Feed.send("exits-to-work-or-studies", 2034, LocalDate.of(2034, 7, 31), 10, 10, 10, 10, 10, 10, 0);
        var worsened = TopicProbe.await(Topics.GOAL, "goal.status-worsened", goalId, 1).get(0);
        TopicProbe.assertConforms(worsened);
        assertThat(worsened.data().path("from").asText()).isEqualTo("JA");
        assertThat(worsened.data().path("to").asText()).isEqualTo("NEJ");
        assertThat(worsened.data().path("asOf").asText()).isEqualTo("2034-07-31");
        assertThat(status(goalId)).containsEntry("computedStatus", "NEJ");
        // New figures are not an edit: the goal's version (ETag) stays.
        given().auth().oauth2(Api.MANAGER).get("/api/goals/" + goalId).then().statusCode(200)
                .header("ETag", org.hamcrest.Matchers.equalTo("\"0\""));
    }

    @Test
    void aRatioGoalDividesByImportedReferenceData() {
        String series = "vuxna-test-" + System.nanoTime();
        String goalId = goalIn(2035, "long-term-assistance", "percent", "högst 1 %", Map.of("denominator", series));
        var stock = Feed.series("long-term-assistance", 2035, LocalDate.of(2035, 4, 30), "last", 130, 125, 120, 115);
        Feed.send(stock);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> "2035-04-30".equals(status(goalId).get("asOf")));
        assertThat(status(goalId).get("actual")).isNull(); // no denominator yet

        given().auth().oauth2(Api.OFFICER).contentType(ContentType.JSON).body(Map.of("values", Map.of("2035", 10000)))
                .put("/api/reference-data/" + series).then().statusCode(403);
        given().auth().oauth2(Api.MANAGER).contentType(ContentType.JSON).body(Map.of("values", Map.of("2035", -1)))
                .put("/api/reference-data/" + series).then().statusCode(400);
        given().auth().oauth2(Api.MANAGER).contentType(ContentType.JSON).body(Map.of("values", Map.of("2035", 10000)))
                .put("/api/reference-data/" + series).then().statusCode(200);
        given().auth().oauth2(Api.OFFICER).get("/api/reference-data/" + series).then().statusCode(200)
                .body("values.2035", org.hamcrest.Matchers.equalTo(10000.0f));

        var s = status(goalId);
        assertThat(toDouble(s.get("actual"))).isEqualTo(1.2); // 115 of 10 000 adults
        assertThat(toDouble(s.get("forecast"))).isEqualTo(0.8); // falling by 5 a month → 75 in December
        assertThat(s).containsEntry("computedStatus", "JA").containsEntry("forecastMethod", "linear");
        given().auth().oauth2(Api.OFFICER).get("/api/reference-data/ingen-sadan-serie").then().statusCode(404);
        given().auth().oauth2(Api.PROVIDER).get("/api/statistics").then().statusCode(403);
        given().auth().oauth2(Api.OFFICER).get("/api/statistics").then().statusCode(200)
                .body("id", org.hamcrest.Matchers.hasItem("long-term-assistance"));
    }

    static Double toDouble(Object o) {
        return o == null ? null : ((Number) o).doubleValue();
    }
}
