package se.arbetsmarknad.goals;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import se.arbetsmarknad.goals.followup.MonthEndFreeze;
import se.arbetsmarknad.platform.events.Topics;
import se.arbetsmarknad.platform.testing.TopicProbe;

/**
 * Lund's production goals 2022 at the interim report (2022-08-31): the figures behind 143 supported
 * employments, 16 internships, 27 study guidance and 61 to self-sufficiency arrive as reporting-service's
 * statistic.series-updated through the real broker; the actuals, forecasts and statuses are read back
 * over REST beside the managers' own judgements, then frozen into the interim follow-up.
 * "Today" is pinned to 2022-09-09 (goals.today in the test profile).
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LundInterimReportTest {

    static final LocalDate INTERIM = LocalDate.of(2022, 8, 31);
    // Jan..Aug 2022, as the monthly figures of Lund's interim report might have run.
    static final int[] EMPLOYMENTS = { 15, 17, 20, 18, 19, 16, 14, 24 };
    static final int[] INTERNSHIPS = { 1, 2, 2, 3, 2, 1, 1, 4 };
    static final int[] GUIDANCE = { 3, 4, 4, 3, 4, 2, 2, 5 };
    static final int[] SELF_SUFFICIENT = { 6, 8, 9, 7, 8, 7, 6, 10 };
    static final int[] SE = { 8, 9, 10, 9, 8, 7, 8, 11 };
    // 2021, complete: employments 100 by August of 180; SE 38 by August of 60.
    static final int[] EMPLOYMENTS_2021 = { 10, 12, 14, 15, 13, 11, 9, 16, 20, 22, 21, 17 };
    static final int[] SE_2021 = { 5, 5, 6, 5, 4, 4, 3, 6, 6, 7, 5, 4 };

    static String planId;

    @Inject
    MonthEndFreeze monthEndFreeze;

    static String lundPlan() throws IOException {
        try (InputStream in = LundInterimReportTest.class.getResourceAsStream("/plans/lund-2022.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static Map<String, Map<String, Object>> statusByTitle() {
        List<Map<String, Object>> rows = given().auth().oauth2(Api.OFFICER)
                .get("/api/plans/" + planId + "/status?year=2022").then().statusCode(200).extract().jsonPath()
                .getList("$");
        return rows.stream().collect(Collectors.toMap(r -> (String) r.get("title"), r -> r));
    }

    static Map<String, Object> row(String title) {
        return statusByTitle().get(title);
    }

    @Test
    @Order(1)
    void theFiguresOfTheInterimReportArriveThroughTheBrokerAndGiveActualsForecastsAndStatuses() throws IOException {
        planId = given().auth().oauth2(Api.MANAGER).contentType("application/yaml; charset=UTF-8").body(lundPlan().getBytes(StandardCharsets.UTF_8))
                .post("/api/plans/import").then().statusCode(201).body("goals", hasSize(6)).extract().path("id");

        Feed.send(Feed.series("supported-employments-started", 2021, LocalDate.of(2021, 12, 31), "sum", EMPLOYMENTS_2021));
        Feed.send(Feed.series("supported-employment-se-started", 2021, LocalDate.of(2021, 12, 31), "sum", SE_2021));
        Feed.send("supported-employments-started", 2022, INTERIM, EMPLOYMENTS);
        Feed.send("internships-started", 2022, INTERIM, INTERNSHIPS);
        Feed.send("study-guidance-started", 2022, INTERIM, GUIDANCE);
        Feed.send("exits-to-self-sufficiency", 2022, INTERIM, SELF_SUFFICIENT);
        Feed.send("supported-employment-se-started", 2022, INTERIM, SE);
        assertThat(Feed.sum(EMPLOYMENTS)).isEqualTo(143);

        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
            var rows = statusByTitle();
            return rows.values().stream().filter(r -> r.get("actual") != null).count() == 5
                    && ((Number) rows.get("Fler SE-insatser än 2021").get("targetValue")).doubleValue() == 60.0
                    && ((Number) rows.get("Anställningar med stöd").get("forecast")).doubleValue() > 200;
        });

        var employments = row("Anställningar med stöd");
        assertThat(employments).containsEntry("actual", 143.0f).containsEntry("asOf", "2022-08-31")
                .containsEntry("forecastMethod", "seasonal").containsEntry("computedStatus", "JA");
        // 2021 went from 100 by August to 180 at year end: 143 × 1.8
        assertThat(employments.get("forecast")).isEqualTo(257.4f);
        assertThat((Map<String, Object>) employments.get("actualByGender")).containsEntry("T", 143.0f)
                .containsEntry("K", 70.0f).containsEntry("M", 73.0f);

        var internships = row("Praktik");
        assertThat(internships).containsEntry("actual", 16.0f).containsEntry("forecastMethod", "linear")
                .containsEntry("forecast", 24.0f).containsEntry("computedStatus", "NEJ");
        var guidance = row("Vägledning till utbildning");
        assertThat(guidance).containsEntry("actual", 27.0f).containsEntry("forecast", 40.6f)
                .containsEntry("computedStatus", "NEJ");
        var selfSufficient = row("> 109 till självförsörjning");
        assertThat(selfSufficient).containsEntry("actual", 61.0f).containsEntry("targetValue", 109.0f)
                .containsEntry("forecast", 91.6f).containsEntry("computedStatus", "NEJ");
        var se = row("Fler SE-insatser än 2021");
        assertThat(se).containsEntry("actual", 70.0f).containsEntry("targetValue", 60.0f)
                .containsEntry("forecastMethod", "seasonal").containsEntry("computedStatus", "JA");
        var asf = row("Möjliggöra ett ASF (arbetsintegrerande socialt företag)");
        assertThat(asf.get("actual")).isNull();
        assertThat(asf.get("computedStatus")).isNull();
        // Every goal has an actual, or its status names what it waits for and from where.
        assertThat((String) asf.get("waitingFor")).startsWith("Milstolpe utan tal i sviten")
                .contains("/api/goals/" + asf.get("goalId") + "/milestone")
                .contains("Socialförvaltningens utvecklingsarbete om ASF");
        assertThat((String) asf.get("source")).contains("ingen statistik i sviten");
        statusByTitle().values().stream().filter(r -> r != null && r.get("actual") != null)
                .forEach(r -> assertThat(r.get("waitingFor")).as((String) r.get("title")).isNull());
        assertThat(employments).containsEntry("source", "Socialförvaltningen");

        String employmentsId = (String) employments.get("goalId");
        var evaluated = TopicProbe.readUntil(Topics.GOAL, all -> all.stream().anyMatch(r -> r.subject().equals(employmentsId)
                && r.type().equals("goal.evaluated") && r.data().path("actual").asDouble() == 143.0))
                .stream().filter(r -> r.subject().equals(employmentsId) && r.type().equals("goal.evaluated")).toList();
        evaluated.forEach(TopicProbe::assertConforms);
        assertThat(evaluated.get(evaluated.size() - 1).data().path("asOf").asText()).isEqualTo("2022-08-31");
    }

    @Test
    @Order(2)
    void theManagersJudgementsStandBesideTheComputedStatusWithWhoAndWhen() {
        // Lund's own column "Kommer att klara målet?": not a straight line.
        Map<String, String> judged = Map.of("Anställningar med stöd", "JA", "Praktik", "OSAKERT",
                "Vägledning till utbildning", "OSAKERT", "> 109 till självförsörjning", "JA",
                "Fler SE-insatser än 2021", "JA", "Möjliggöra ett ASF (arbetsintegrerande socialt företag)", "OSAKERT");
        var rows = statusByTitle();
        judged.forEach((title, status) -> Api.post(Api.MANAGER, "/api/goals/" + rows.get(title).get("goalId")
                + "/judgements", Map.of("status", status, "comment", "Delårsrapport 2022-08-31")).statusCode(201)
                .body("judgedBy", equalTo("maria.chef")));
        String selfId = (String) rows.get("> 109 till självförsörjning").get("goalId");
        Api.post(Api.OFFICER, "/api/goals/" + selfId + "/judgements", Map.of("status", "NEJ")).statusCode(403);
        Api.post(Api.MANAGER, "/api/goals/" + selfId + "/judgements", Map.of("status", "KANSKE")).statusCode(400);
        Api.post(Api.MANAGER, "/api/goals/" + selfId + "/judgements", Map.of("comment", "utan status")).statusCode(400);

        var self = row("> 109 till självförsörjning");
        assertThat(self).containsEntry("computedStatus", "NEJ").containsEntry("judgement", "JA")
                .containsEntry("judgedBy", "maria.chef").containsEntry("judgementComment", "Delårsrapport 2022-08-31");
        assertThat((String) self.get("judgedAt")).startsWith("2022-09-09");

        // A later judgement wins; the earlier one is kept in the history.
        Api.post(Api.ADMIN, "/api/goals/" + selfId + "/judgements",
                Map.of("status", "OSAKERT", "comment", "Färre lediga jobb i höst")).statusCode(201);
        given().auth().oauth2(Api.OFFICER).get("/api/goals/" + selfId + "/judgements").then().statusCode(200)
                .body("status", org.hamcrest.Matchers.contains("OSAKERT", "JA"))
                .body("judgedBy", org.hamcrest.Matchers.contains("admin", "maria.chef"));
        assertThat(row("> 109 till självförsörjning")).containsEntry("judgement", "OSAKERT");

        var published = TopicProbe.readUntil(Topics.GOAL, all -> all.stream().anyMatch(r -> r.subject().equals(selfId)
                && r.type().equals("goal.evaluated") && "admin".equals(r.data().path("judgedBy").asText())));
        var last = published.stream().filter(r -> r.subject().equals(selfId) && r.type().equals("goal.evaluated"))
                .reduce((a, b) -> b).orElseThrow();
        TopicProbe.assertConforms(last);
        assertThat(last.data().path("judgement").asText()).isEqualTo("OSAKERT");
        assertThat(last.data().path("computedStatus").asText()).isEqualTo("NEJ");
    }

    @Test
    @Order(3)
    void theInterimFollowUpIsFrozenAndLaterDataDoesNotRewriteIt() {
        JsonPath frozen = Api.post(Api.MANAGER, "/api/plans/" + planId + "/follow-ups", Map.of("month", "2022-08"))
                .statusCode(201).body("kind", equalTo("interim")).body("asOf", equalTo("2022-08-31"))
                .body("goals", hasSize(6)).extract().jsonPath();
        String followUpId = frozen.getString("id");
        assertThat(frozen.getList("goals.actual", Float.class)).startsWith(143.0f, 16.0f, 27.0f, 61.0f, 70.0f);
        assertThat(frozen.getList("goals.judgement")).startsWith("JA", "OSAKERT", "OSAKERT", "OSAKERT", "JA");

        var event = TopicProbe.await(Topics.GOAL, "goal.follow-up-frozen", followUpId, 1).get(0);
        TopicProbe.assertConforms(event);
        assertThat(event.data().path("month").asText()).isEqualTo("2022-08");
        assertThat(event.data().path("kind").asText()).isEqualTo("interim");

        // A month not yet ended, or nonsense, is refused.
        Api.post(Api.MANAGER, "/api/plans/" + planId + "/follow-ups", Map.of("month", "2022-09")).statusCode(409)
                .contentType("application/problem+json").body("errors[0].field", equalTo("month"));
        Api.post(Api.MANAGER, "/api/plans/" + planId + "/follow-ups", Map.of("month", "2022-13")).statusCode(400);
        Api.post(Api.OFFICER, "/api/plans/" + planId + "/follow-ups", Map.of("month", "2022-07")).statusCode(403);

        // Corrected August figures arrive: the live status moves, the frozen follow-up does not.
        Feed.send("internships-started", 2022, INTERIM, 1, 2, 2, 3, 2, 1, 1, 8);
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> ((Number) row("Praktik").get("actual")).doubleValue() == 20.0);
        given().auth().oauth2(Api.OFFICER).get("/api/follow-ups/" + followUpId).then().statusCode(200)
                .body("goals[1].actual", equalTo(16.0f));

        // Freezing again (by hand or by the month-start job) returns the same follow-up unchanged.
        Api.post(Api.ADMIN, "/api/plans/" + planId + "/follow-ups", Map.of("month", "2022-08")).statusCode(200)
                .body("id", equalTo(followUpId)).body("goals[1].actual", equalTo(16.0f));
        monthEndFreeze.run();
        assertThat(monthEndFreeze.run()).isZero();
        given().auth().oauth2(Api.OFFICER).get("/api/plans/" + planId + "/follow-ups").then().statusCode(200)
                .body("month", org.hamcrest.Matchers.contains("2022-08"));

        Api.post(Api.MANAGER, "/api/follow-ups/" + followUpId + "/comments",
                Map.of("text", "Praktik ökar under hösten med Framsteget.")).statusCode(201)
                .body("comments[0].author", equalTo("maria.chef")).body("goals[1].actual", equalTo(16.0f));
        Api.post(Api.OFFICER, "/api/follow-ups/" + followUpId + "/comments", Map.of("text", "x")).statusCode(403);
        given().auth().oauth2(Api.PROVIDER).get("/api/follow-ups/" + followUpId).then().statusCode(403);
        given().auth().oauth2(Api.OFFICER).get("/api/follow-ups/" + java.util.UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
        Api.post(Api.MANAGER, "/api/follow-ups/" + followUpId + "/comments", Map.of("text", " ")).statusCode(400);
        Api.post(Api.MANAGER, "/api/plans/" + java.util.UUID.randomUUID() + "/follow-ups", Map.of("month", "2022-08"))
                .statusCode(404);

        // The earlier month is a plain monthly one.
        Api.post(Api.MANAGER, "/api/plans/" + planId + "/follow-ups", Map.of("month", "2022-07")).statusCode(201)
                .body("kind", equalTo("monthly")).body("goals[0].actual", equalTo(119.0f));
    }

    @Test
    @Order(4)
    void aMilestoneIsMarkedReachedByHand() {
        String asf = (String) row("Möjliggöra ett ASF (arbetsintegrerande socialt företag)").get("goalId");
        given().auth().oauth2(Api.MANAGER).contentType("application/json").body(Map.of("reached", true))
                .put("/api/goals/" + asf + "/milestone").then().statusCode(200)
                .body("milestoneReachedOn", equalTo("2022-09-09")).body("milestoneReachedBy", equalTo("maria.chef"));
        assertThat(row("Möjliggöra ett ASF (arbetsintegrerande socialt företag)")).containsEntry("computedStatus", "JA")
                .containsEntry("waitingFor", null);
        String praktik = (String) row("Praktik").get("goalId");
        given().auth().oauth2(Api.MANAGER).contentType("application/json").body(Map.of("reached", true))
                .put("/api/goals/" + praktik + "/milestone").then().statusCode(409);
        given().auth().oauth2(Api.OFFICER).contentType("application/json").body(Map.of("reached", false))
                .put("/api/goals/" + asf + "/milestone").then().statusCode(403);
        given().auth().oauth2(Api.PROVIDER).get("/api/goals/" + asf + "/status").then().statusCode(403);
        given().auth().oauth2(Api.PROVIDER).get("/api/goals/" + asf + "/judgements").then().statusCode(403);
        given().auth().oauth2(Api.PROVIDER).get("/api/plans/" + planId + "/status").then().statusCode(403);
        given().get("/api/plans/" + planId + "/status").then().statusCode(401);
        given().auth().oauth2(Api.OFFICER).get("/api/goals/" + java.util.UUID.randomUUID() + "/status").then()
                .statusCode(404);
        // Without figures a milestone is judged by hand only; it stands as of today (2022-09-09).
        given().auth().oauth2(Api.OFFICER).get("/api/goals/" + asf + "/status").then().statusCode(200)
                .body("asOf", equalTo("2022-09-09"));
    }
}
