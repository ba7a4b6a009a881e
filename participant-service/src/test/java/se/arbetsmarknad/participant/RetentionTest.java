package se.arbetsmarknad.participant;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static se.arbetsmarknad.participant.Fixtures.ADMIN;
import static se.arbetsmarknad.participant.Fixtures.ANNA;
import static se.arbetsmarknad.participant.Fixtures.enrol;
import static se.arbetsmarknad.participant.Fixtures.enrolBody;
import static se.arbetsmarknad.participant.Fixtures.newPersonnummer;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import se.arbetsmarknad.platform.testing.TopicProbe;

@QuarkusTest
class RetentionTest {

    @jakarta.inject.Inject
    se.arbetsmarknad.participant.retention.RetentionService retention;

    @Test
    void theScheduledRunHappensOncePerDayInTheCluster() {
        LocalDate day = LocalDate.of(2001, 1, 1); // a slot no other test or schedule uses
        assertThat(retention.runOnce(day)).isTrue();
        assertThat(retention.runOnce(day)).isFalse();
    }

    @Test
    void identifiersAreErasedAfterTheRetentionPeriodAndStatisticsRowsStay() {
        LocalDate longAgo = LocalDate.now().minusYears(4);
        String pnr = newPersonnummer();
        Map<String, Object> body = enrolBody(pnr);
        body.put("enrolledOn", longAgo.toString());
        String old = enrol(ANNA, body).statusCode(201).extract().path("participantId");
        given().auth().oauth2(ANNA).contentType(ContentType.JSON)
                .body(Map.of("goal", "Hemlig plan", "decidedOn", longAgo.toString(), "nextFollowUp", longAgo.plusMonths(1).toString()))
                .put("/api/participants/" + old + "/plan").then().statusCode(200);
        given().auth().oauth2(ANNA).contentType(ContentType.JSON)
                .body(Map.of("on", longAgo.plusMonths(6).toString(), "reason", "arbete", "comment", "Fick jobb hos X"))
                .post("/api/participants/" + old + "/exit").then().statusCode(200);
        // Exited today: not due.
        String recent = Fixtures.enrolNew(ANNA);
        given().auth().oauth2(ANNA).contentType(ContentType.JSON).body(Map.of("reason", "studier"))
                .post("/api/participants/" + recent + "/exit").then().statusCode(200);

        // The preview shows what a run would erase, and erases nothing.
        given().auth().oauth2(ANNA).get("/api/admin/retention/preview").then().statusCode(403);
        given().auth().oauth2(Fixtures.MANAGER).get("/api/admin/retention/preview").then().statusCode(403);
        given().get("/api/admin/retention/preview").then().statusCode(401);
        java.util.List<Map<String, Object>> due = given().auth().oauth2(ADMIN).queryParam("size", 500)
                .get("/api/admin/retention/preview").then().statusCode(200)
                .body("exitedBefore", equalTo(LocalDate.now(java.time.ZoneId.of("Europe/Stockholm")).minusYears(2).toString()))
                .body("afterExit", equalTo("P2Y"))
                .extract().path("participants.items");
        Map<String, Object> oldDue = due.stream().filter(d -> d.get("participantId").equals(old)).findFirst().orElseThrow();
        assertThat(oldDue).containsEntry("identity", true).containsEntry("planVersions", 1).containsEntry("exitComments", 1)
                .containsEntry("unit", "unga-18-24").containsEntry("lastExitedOn", longAgo.plusMonths(6).toString());
        assertThat(due).noneMatch(d -> d.get("participantId").equals(recent));
        assertThat(due.toString()).doesNotContain(pnr).doesNotContain("Amira").doesNotContain("Hemlig");
        given().auth().oauth2(ADMIN).get("/api/participants/" + old).then().statusCode(200).body("personnummer", equalTo(pnr));

        given().auth().oauth2(ANNA).post("/api/admin/retention/run").then().statusCode(403);
        given().auth().oauth2(ADMIN).post("/api/admin/retention/run").then().statusCode(200).body("erased", greaterThanOrEqualTo(1));

        given().auth().oauth2(ADMIN).get("/api/participants/" + old).then().statusCode(200)
                .body("personnummer", nullValue()).body("attributes.firstName", nullValue())
                .body("attributes.gender", notNullValue()).body("birthDate", equalTo(pnr.substring(0, 4) + "-01-01"))
                .body("enrolment.exitReason", equalTo("arbete")).body("enrolment.exitComment", nullValue());
        given().auth().oauth2(ADMIN).get("/api/participants/" + old + "/plan").then().body("current.goal", nullValue());
        given().auth().oauth2(ANNA).get("/api/participants/" + old).then().statusCode(404);
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(Map.of("personnummer", pnr))
                .post("/api/participants/search").then().statusCode(404);
        given().auth().oauth2(ANNA).get("/api/participants/" + recent).then().statusCode(200)
                .body("personnummer", notNullValue());

        TopicProbe.Received erased = TopicProbe.await("participant.events.v1", "participant.erased", old, 1).get(0);
        TopicProbe.assertConforms(erased);
        assertThat(erased.data().size()).isEqualTo(1);

        // The same person coming back is a new pseudonym: nothing links them to the erased record.
        String again = enrol(ANNA, enrolBody(pnr)).statusCode(201).body("reopened", equalTo(false)).extract().path("participantId");
        assertThat(again).isNotEqualTo(old);
    }
}
