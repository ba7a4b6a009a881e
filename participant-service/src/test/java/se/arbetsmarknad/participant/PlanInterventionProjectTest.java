package se.arbetsmarknad.participant;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static se.arbetsmarknad.participant.Fixtures.ADMIN;
import static se.arbetsmarknad.participant.Fixtures.ANNA;
import static se.arbetsmarknad.participant.Fixtures.ERIK;
import static se.arbetsmarknad.participant.Fixtures.MANAGER;
import static se.arbetsmarknad.participant.Fixtures.enrolNew;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import se.arbetsmarknad.platform.testing.TopicProbe;

@QuarkusTest
class PlanInterventionProjectTest {

    static final String TOPIC = "participant.events.v1";
    static final LocalDate TODAY = LocalDate.now();

    @Test
    void planVersionsNeedIfMatchAndKeepTheirHistory() {
        String id = enrolNew(ANNA);
        given().auth().oauth2(ANNA).get("/api/participants/" + id + "/plan").then().statusCode(200)
                .header("ETag", "\"0\"").body("current", nullValue());
        Map<String, Object> plan = Map.of("goal", "Arbete inom lager", "steps", List.of("Truckkort", "Praktik"),
                "nextFollowUp", TODAY.plusDays(30).toString(), "decidedOn", TODAY.toString());
        putPlan(ANNA, id, null, plan).statusCode(200).header("ETag", "\"1\"").body("planVersion", equalTo(1));
        putPlan(ANNA, id, null, plan).statusCode(428);
        putPlan(ANNA, id, "\"7\"", plan).statusCode(412);
        putPlan(ANNA, id, "\"1\"", Map.of("goal", "x", "nextFollowUp", TODAY.minusDays(1).toString())).statusCode(400)
                .body("errors.field", hasItem("nextFollowUp"));
        putPlan(ANNA, id, "\"1\"", Map.of("nextFollowUp", TODAY.toString())).statusCode(400).body("errors.field", hasItem("goal"));
        putPlan(ANNA, id, "\"1\"", plan).statusCode(200).body("planVersion", equalTo(2));
        putPlan(ERIK, id, "\"2\"", plan).statusCode(404);
        putPlan(MANAGER, id, "\"2\"", plan).statusCode(403);

        given().auth().oauth2(ANNA).contentType(ContentType.JSON)
                .body(Map.of("heldOn", TODAY.toString(), "notes", "Gick bra", "nextFollowUp", TODAY.plusDays(60).toString()))
                .post("/api/participants/" + id + "/follow-ups").then().statusCode(201).body("notes", equalTo("Gick bra"));
        given().auth().oauth2(ANNA).contentType(ContentType.JSON)
                .body(Map.of("heldOn", TODAY.toString(), "nextFollowUp", TODAY.minusDays(1).toString()))
                .post("/api/participants/" + id + "/follow-ups").then().statusCode(400).body("errors.field", hasItem("nextFollowUp"));
        given().auth().oauth2(ANNA).get("/api/participants/" + id + "/follow-ups").then().statusCode(200).body("size()", equalTo(1));
        given().auth().oauth2(ANNA).get("/api/participants/" + id + "/plan").then().statusCode(200)
                .header("ETag", "\"3\"").body("current.planVersion", equalTo(3))
                .body("current.nextFollowUp", equalTo(TODAY.plusDays(60).toString()))
                .body("current.steps", hasItems("Truckkort", "Praktik"))
                .body("history.planVersion", equalTo(List.of(2, 1)));

        List<TopicProbe.Received> updated = TopicProbe.await(TOPIC, "participant.plan-updated", id, 3);
        updated.forEach(TopicProbe::assertConforms);
        assertThat(updated.get(2).data().path("planVersion").asInt()).isEqualTo(3);
        assertThat(updated.get(0).event().toString()).doesNotContain("lager").doesNotContain("Truckkort");
    }

    /** web's participant page: everything in one request, with the same access rule and the same audit rows as the six reads. */
    @Test
    void theOverviewReadsWhatTheSixReadsDoInOneRequest() {
        String id = enrolNew(ANNA);
        putPlan(ANNA, id, null, Map.of("goal", "Arbete inom lager", "nextFollowUp", TODAY.plusDays(30).toString())).statusCode(200);
        start(ANNA, id, Map.of("kind", "praktik", "startedOn", TODAY.toString())).statusCode(201);
        join(ANNA, id, "iris-usb").statusCode(200);
        given().auth().oauth2(ANNA).get("/api/participants/" + id + "/overview").then().statusCode(200)
                .body("participant.id", equalTo(id))
                .body("enrolments.size()", equalTo(1))
                .body("plan.current.goal", equalTo("Arbete inom lager"))
                .body("followUps.size()", equalTo(0))
                .body("interventions.kind", equalTo(List.of("praktik")))
                .body("memberships.project", equalTo(List.of("iris-usb")));
        given().auth().oauth2(ADMIN).queryParam("participantId", id).queryParam("size", 6).get("/api/admin/audit").then().statusCode(200)
                .body("items.action", hasItems("read", "read-history", "read-plan", "read-follow-ups", "read-interventions", "read-projects"))
                .body("items.requestPath", everyItem(equalTo("/api/participants/" + id + "/overview")));
        given().auth().oauth2(ERIK).get("/api/participants/" + id + "/overview").then().statusCode(404);
        given().auth().oauth2(ANNA).get("/api/participants/" + java.util.UUID.randomUUID() + "/overview").then().statusCode(404);
        given().auth().oauth2(MANAGER).get("/api/participants/" + id + "/overview").then().statusCode(403);
    }

    @Test
    void interventionsStartAndEndWithTheirRules() {
        String id = enrolNew(ANNA);
        start(ANNA, id, Map.of("kind", "trolleri", "startedOn", TODAY.toString())).statusCode(400)
                .body("errors.field", hasItem("kind"));
        start(ANNA, id, Map.of("kind", "praktik", "startedOn", TODAY.minusYears(1).toString())).statusCode(400)
                .body("errors.field", hasItem("startedOn"));
        start(ANNA, id, Map.of("kind", "praktik", "startedOn", TODAY.toString(), "plannedEndOn", TODAY.minusDays(1).toString()))
                .statusCode(400).body("errors.field", hasItem("plannedEndOn"));
        start(ERIK, id, Map.of("kind", "praktik", "startedOn", TODAY.toString())).statusCode(404);
        start(MANAGER, id, Map.of("kind", "praktik", "startedOn", TODAY.toString())).statusCode(403);
        String iid = start(ANNA, id, Map.of("kind", "extratjanst", "startedOn", TODAY.minusDays(2).toString(),
                "plannedEndOn", TODAY.plusMonths(12).toString())).statusCode(201)
                .body("category", equalTo("anstallning-med-stod")).extract().path("id");
        end(ANNA, id, iid, TODAY.minusDays(3)).statusCode(400).body("errors.field", hasItem("endedOn"));
        end(ANNA, id, iid, TODAY).statusCode(200).body("endedOn", equalTo(TODAY.toString()));
        end(ANNA, id, iid, TODAY).statusCode(409);
        end(ANNA, id, java.util.UUID.randomUUID().toString(), TODAY).statusCode(404);

        // A running intervention ends with the exit.
        String running = start(ANNA, id, Map.of("kind", "studievagledning", "startedOn", TODAY.toString())).statusCode(201)
                .extract().path("id");
        given().auth().oauth2(ANNA).contentType(ContentType.JSON).body(Map.of("reason", "studier"))
                .post("/api/participants/" + id + "/exit").then().statusCode(200);
        given().auth().oauth2(ANNA).get("/api/participants/" + id + "/interventions").then().statusCode(200)
                .body("find { it.id == '" + running + "' }.endedOn", equalTo(TODAY.toString()));
        start(ANNA, id, Map.of("kind", "praktik", "startedOn", TODAY.toString())).statusCode(409);

        TopicProbe.Received started = TopicProbe.await(TOPIC, "participant.intervention-started", id, 1).get(0);
        TopicProbe.assertConforms(started);
        assertThat(started.data().path("kind").asText()).isEqualTo("extratjanst");
        assertThat(started.data().path("placementId").isNull()).isTrue();
        TopicProbe.await(TOPIC, "participant.intervention-ended", id, 2).forEach(TopicProbe::assertConforms);
    }

    @Test
    void kindsAreReferenceDataThatAdminExtends() {
        given().auth().oauth2(MANAGER).get("/api/intervention-kinds").then().statusCode(200)
                .body("code", hasItems("praktik", "extratjanst", "nystartsjobb", "utvecklingsanstallning", "lonebidrag", "osa",
                        "beredskapsanstallning", "feriepraktik", "jobbspar", "studievagledning", "supported-employment", "ips",
                        "ungdomssamtal", "sprakstod"));
        String code = "arbetstraning-" + (System.nanoTime() % 100000);
        Map<String, Object> kind = Map.of("code", code, "category", "stod", "nameSv", "Arbetsträning", "nameEn", "Work training");
        given().auth().oauth2(ANNA).contentType(ContentType.JSON).body(kind).post("/api/intervention-kinds").then().statusCode(403);
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(Map.of("code", "X", "category", "stod", "nameSv", "a",
                "nameEn", "b")).post("/api/intervention-kinds").then().statusCode(400).body("errors.field", hasItem("code"));
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(kind).post("/api/intervention-kinds").then().statusCode(201);
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(kind).post("/api/intervention-kinds").then().statusCode(409);
        String id = enrolNew(ANNA);
        start(ANNA, id, Map.of("kind", code, "startedOn", TODAY.toString())).statusCode(201).body("category", equalTo("stod"));
    }

    @Test
    void projectMembershipIsPublishedWithItsParentProject() {
        given().auth().oauth2(ANNA).get("/api/projects").then().statusCode(200)
                .body("code", hasItems("iris", "iris-usb", "iris-kompetenstrappan", "iris-insam"));
        String id = enrolNew(ANNA);
        join(ANNA, id, "iris-usb").statusCode(200).body("project", equalTo("iris-usb"));
        join(ANNA, id, "iris-usb").statusCode(409);
        join(ANNA, id, "okant").statusCode(404);
        join(ERIK, id, "iris-insam").statusCode(404);
        given().auth().oauth2(ANNA).get("/api/participants/" + id).then().body("projects", equalTo(List.of("iris", "iris-usb")));
        given().auth().oauth2(ANNA).contentType(ContentType.JSON).body(Map.of("on", TODAY.toString()))
                .post("/api/participants/" + id + "/projects/iris-usb/leave").then().statusCode(200).body("leftOn", notNullValue());
        given().auth().oauth2(ANNA).get("/api/participants/" + id + "/projects").then().statusCode(200).body("size()", equalTo(1));

        List<TopicProbe.Received> changed = TopicProbe.await(TOPIC, "participant.project-membership-changed", id, 2);
        changed.forEach(TopicProbe::assertConforms);
        assertThat(changed.get(0).data().path("project").asText()).isEqualTo("iris");
        assertThat(changed.get(0).data().path("subProject").asText()).isEqualTo("iris-usb");
        assertThat(changed.get(0).data().path("member").asBoolean()).isTrue();
        assertThat(changed.get(0).data().path("onAssistance").asBoolean()).isTrue();
        assertThat(changed.get(1).data().path("member").asBoolean()).isFalse();
    }

    static ValidatableResponse putPlan(String token, String id, String ifMatch, Map<String, Object> body) {
        var req = given().auth().oauth2(token).contentType(ContentType.JSON).body(body);
        if (ifMatch != null) {
            req = req.header("If-Match", ifMatch);
        }
        return req.put("/api/participants/" + id + "/plan").then();
    }

    static ValidatableResponse start(String token, String id, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .post("/api/participants/" + id + "/interventions").then();
    }

    static ValidatableResponse end(String token, String id, String iid, LocalDate on) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("endedOn", on.toString()))
                .post("/api/participants/" + id + "/interventions/" + iid + "/end").then();
    }

    static ValidatableResponse join(String token, String id, String code) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("on", TODAY.toString()))
                .put("/api/participants/" + id + "/projects/" + code).then();
    }
}
