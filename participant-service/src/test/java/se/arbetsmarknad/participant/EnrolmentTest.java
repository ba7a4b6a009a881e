package se.arbetsmarknad.participant;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static se.arbetsmarknad.participant.Fixtures.ADMIN;
import static se.arbetsmarknad.participant.Fixtures.ANNA;
import static se.arbetsmarknad.participant.Fixtures.ANNA_COLLEAGUE;
import static se.arbetsmarknad.participant.Fixtures.ERIK;
import static se.arbetsmarknad.participant.Fixtures.MANAGER;
import static se.arbetsmarknad.participant.Fixtures.enrol;
import static se.arbetsmarknad.participant.Fixtures.enrolBody;
import static se.arbetsmarknad.participant.Fixtures.enrolNew;
import static se.arbetsmarknad.participant.Fixtures.newPersonnummer;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import se.arbetsmarknad.platform.testing.TopicProbe;

@QuarkusTest
class EnrolmentTest {

    static final String TOPIC = "participant.events.v1";

    @Inject
    EntityManager em;

    @Test
    void enrolsAndPublishesAConformingEventWithoutPersonalData() {
        String pnr = newPersonnummer();
        String id = enrol(ANNA, enrolBody(pnr)).statusCode(201)
                .header("Location", notNullValue())
                .extract().path("participantId");
        given().auth().oauth2(ANNA).get("/api/participants/" + id).then().statusCode(200)
                .header("ETag", notNullValue())
                .body("personnummer", equalTo(pnr))
                .body("attributes.firstName", equalTo("Amira"))
                .body("attributes.gender", notNullValue())
                .body("longTermAssistance", equalTo(true))
                .body("enrolment.unit", equalTo("unga-18-24"))
                .body("enrolment.officer", equalTo("anna.handlaggare"))
                .body("enrolment.status", equalTo("ACTIVE"));

        TopicProbe.Received event = TopicProbe.await(TOPIC, "participant.enrolled", id, 1).get(0);
        TopicProbe.assertConforms(event);
        assertThat(event.key()).isEqualTo(id);
        assertThat(event.data().path("unit").asText()).isEqualTo("unga-18-24");
        assertThat(event.data().path("ageBand").asText()).isEqualTo("20-24");
        assertThat(event.data().path("reopened").asBoolean()).isFalse();
        String text = event.event().toString();
        assertThat(text).doesNotContain(pnr).doesNotContain(pnr.replace("-", "")).doesNotContain("Amira")
                .doesNotContain("Testsson");
    }

    @Test
    void acceptsTenDigitFormsAndStoresOneCanonicalForm() {
        LocalDate birth = Fixtures.bornAgo(30);
        String canonical = Fixtures.personnummer(birth);
        String tenDigits = canonical.substring(2); // YYMMDD-NNNN
        String id = enrol(ANNA, enrolBody(tenDigits)).statusCode(201).extract().path("participantId");
        given().auth().oauth2(ANNA).contentType(ContentType.JSON).body(Map.of("personnummer", canonical.replace("-", "")))
                .post("/api/participants/search").then().statusCode(200)
                .body("id", equalTo(id)).body("personnummer", equalTo(canonical));
        // The stored value is neither the number nor its plain hash.
        String stored = QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "select person_key || personnummer_enc from participant_identity where participant_id = cast(:id as uuid)")
                .setParameter("id", id).getSingleResult());
        assertThat(stored).doesNotContain(canonical.substring(0, 8));
    }

    @Test
    void acceptsASamordningsnummer() {
        LocalDate birth = Fixtures.bornAgo(40);
        // day + 60
        String nine = "%02d%02d%02d%03d".formatted(birth.getYear() % 100, birth.getMonthValue(), birth.getDayOfMonth() + 60, 123);
        String pnr = "%04d%02d%02d-123%d".formatted(birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth() + 60,
                se.arbetsmarknad.participant.common.Personnummer.luhn(nine));
        String id = enrol(ANNA, enrolBody(pnr)).statusCode(201).extract().path("participantId");
        given().auth().oauth2(ANNA).get("/api/participants/" + id).then().statusCode(200)
                .body("coordinationNumber", equalTo(true)).body("birthDate", equalTo(birth.toString()));
    }

    @Test
    void rejectsInvalidPersonnummerNamingTheField() {
        String valid = newPersonnummer();
        char last = valid.charAt(valid.length() - 1);
        String wrongCheck = valid.substring(0, valid.length() - 1) + (char) ('0' + ((last - '0' + 1) % 10));
        for (String bad : List.of(wrongCheck, "19901301-0000", "19900230-1234", "abc", "1990010100")) {
            enrol(ANNA, enrolBody(bad)).statusCode(400).contentType("application/problem+json")
                    .body("errors.field", hasItem("personnummer"));
        }
        enrol(ANNA, enrolBody(Fixtures.personnummer(LocalDate.now().minusYears(15)))).statusCode(400)
                .body("errors.field", hasItem("personnummer"));
    }

    @Test
    void rejectsBadAttributesNamingTheField() {
        Map<String, Object> body = enrolBody(newPersonnummer());
        @SuppressWarnings("unchecked")
        Map<String, Object> attrs = (Map<String, Object>) body.get("attributes");
        attrs.put("educationLevel", "doktor");
        enrol(ANNA, body).statusCode(400).body("errors.field", hasItem("attributes.educationLevel"));
    }

    @Test
    void aSecondOpenEnrolmentIsAConflictAndNothingIsWritten() {
        String pnr = newPersonnummer();
        enrol(ANNA, enrolBody(pnr)).statusCode(201);
        long before = count("select count(*) from enrolment");
        Map<String, Object> body = enrolBody(pnr);
        body.put("unit", "arbete-forsorjning");
        enrol(ERIK, body).statusCode(409).body("errors.field", hasItem("personnummer"));
        assertThat(count("select count(*) from enrolment")).isEqualTo(before);
    }

    @Test
    void accessIsLimitedToTheUnitAndForProtectedIdentityToTheResponsibleOfficer() {
        String id = enrolNew(ANNA);
        given().get("/api/participants/" + id).then().statusCode(401);
        given().auth().oauth2(MANAGER).get("/api/participants/" + id).then().statusCode(403);
        given().auth().oauth2(ERIK).get("/api/participants/" + id).then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(ANNA_COLLEAGUE).get("/api/participants/" + id).then().statusCode(200);
        given().auth().oauth2(ADMIN).get("/api/participants/" + id).then().statusCode(200);

        Map<String, Object> body = enrolBody(newPersonnummer());
        @SuppressWarnings("unchecked")
        Map<String, Object> attrs = (Map<String, Object>) body.get("attributes");
        attrs.put("protectedIdentity", true);
        String protectedId = enrol(ANNA, body).statusCode(201).extract().path("participantId");
        given().auth().oauth2(ANNA).get("/api/participants/" + protectedId).then().statusCode(200);
        given().auth().oauth2(ANNA_COLLEAGUE).get("/api/participants/" + protectedId).then().statusCode(404);
        given().auth().oauth2(ADMIN).get("/api/participants/" + protectedId).then().statusCode(200);
        // Search by number behaves the same: no hint the person exists.
        given().auth().oauth2(ANNA_COLLEAGUE).contentType(ContentType.JSON)
                .body(Map.of("personnummer", (String) body.get("personnummer")))
                .post("/api/participants/search").then().statusCode(404);
        given().auth().oauth2(ANNA).get("/api/participants/" + java.util.UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void officersEnrolOnlyIntoTheirOwnUnitAndAdminNamesAKnownUnit() {
        Map<String, Object> body = enrolBody(newPersonnummer());
        body.put("unit", "arbete-forsorjning");
        enrol(ANNA, body).statusCode(403);
        body.put("officer", "erik.handlaggare");
        body.put("unit", "okand-enhet");
        enrol(ADMIN, body).statusCode(400).body("errors.field", hasItem("unit"));
        body.put("unit", "arbete-forsorjning");
        enrol(ADMIN, body).statusCode(201);
        enrol(MANAGER, enrolBody(newPersonnummer())).statusCode(403);
    }

    @Test
    void attributesNeedTheCurrentVersion() {
        String id = enrolNew(ANNA);
        String etag = given().auth().oauth2(ANNA).get("/api/participants/" + id).then().statusCode(200).extract().header("ETag");
        Map<String, Object> attrs = Map.of("gender", "M", "educationLevel", "gymnasial", "swedishLevel", "sfi-3",
                "drivingLicence", true, "occupationInterests", List.of("8331"));
        given().auth().oauth2(ANNA).contentType(ContentType.JSON).body(attrs).put("/api/participants/" + id + "/attributes")
                .then().statusCode(428);
        given().auth().oauth2(ANNA).contentType(ContentType.JSON).header("If-Match", "\"999\"").body(attrs)
                .put("/api/participants/" + id + "/attributes").then().statusCode(412);
        String newEtag = given().auth().oauth2(ANNA).contentType(ContentType.JSON).header("If-Match", etag).body(attrs)
                .put("/api/participants/" + id + "/attributes").then().statusCode(200)
                .body("attributes.educationLevel", equalTo("gymnasial"))
                .body("attributes.drivingLicence", equalTo(true))
                .extract().header("ETag");
        assertThat(newEtag).isNotEqualTo(etag);
        given().auth().oauth2(ANNA).contentType(ContentType.JSON).header("If-Match", etag).body(attrs)
                .put("/api/participants/" + id + "/attributes").then().statusCode(412);
        TopicProbe.Received changed = TopicProbe.await(TOPIC, "participant.attributes-changed", id, 1).get(0);
        TopicProbe.assertConforms(changed);
        assertThat(changed.data().path("drivingLicence").asBoolean()).isTrue();
        assertThat(changed.data().path("occupationInterests").get(0).asText()).isEqualTo("8331");
    }

    @Test
    void lifecycleTransferPauseExitReopenKeepsHistoryAndPublishes() {
        String id = enrolNew(ANNA);
        String today = LocalDate.now().toString();
        post(ANNA, id, "pause", Map.of("on", today)).statusCode(200).body("enrolment.status", equalTo("PAUSED"));
        post(ANNA, id, "pause", Map.of("on", today)).statusCode(409).body("errors.field", hasItem("status"));
        post(ANNA, id, "resume", Map.of("on", today)).statusCode(200).body("enrolment.status", equalTo("ACTIVE"));
        post(ANNA, id, "transfer", Map.of("toUnit", "arbete-forsorjning", "toOfficer", "erik.handlaggare", "on", today))
                .statusCode(200).body("enrolment.unit", equalTo("arbete-forsorjning"));
        // Anna no longer sees the participant; Erik does.
        given().auth().oauth2(ANNA).get("/api/participants/" + id).then().statusCode(404);
        post(ERIK, id, "exit", Map.of("on", today, "reason", "hemlig")).statusCode(400).body("errors.field", hasItem("reason"));
        post(ERIK, id, "exit", Map.of("on", LocalDate.now().minusYears(1).toString(), "reason", "arbete")).statusCode(400)
                .body("errors.field", hasItem("on"));
        post(ERIK, id, "exit", Map.of("on", today, "reason", "arbete")).statusCode(200)
                .body("enrolment.status", equalTo("EXITED")).body("enrolment.exitReason", equalTo("arbete"));
        post(ERIK, id, "exit", Map.of("on", today, "reason", "arbete")).statusCode(409);
        post(ERIK, id, "reopen", Map.of("on", today)).statusCode(200)
                .body("enrolment.status", equalTo("ACTIVE")).body("enrolment.reopenedFrom", notNullValue());
        given().auth().oauth2(ERIK).get("/api/participants/" + id + "/enrolments").then().statusCode(200)
                .body("size()", equalTo(2)).body("[0].history.kind", hasItem("transferred"));

        for (String type : List.of("participant.paused", "participant.resumed", "participant.transferred",
                "participant.exited", "participant.reopened")) {
            TopicProbe.assertConforms(TopicProbe.await(TOPIC, type, id, 1).get(0));
        }
        List<TopicProbe.Received> enrolled = TopicProbe.await(TOPIC, "participant.enrolled", id, 2);
        assertThat(enrolled.get(1).data().path("reopened").asBoolean()).isTrue();
        assertThat(enrolled.get(1).data().path("unit").asText()).isEqualTo("arbete-forsorjning");
    }

    @Test
    void anotherUnitCannotChangeTheParticipantAndTransfersNameKnownUnits() {
        String id = enrolNew(ANNA);
        String etag = given().auth().oauth2(ANNA).get("/api/participants/" + id).then().extract().header("ETag");
        given().auth().oauth2(ERIK).contentType(ContentType.JSON).header("If-Match", etag).body(Map.of("gender", "M"))
                .put("/api/participants/" + id + "/attributes").then().statusCode(404);
        for (String action : List.of("pause", "exit", "reopen", "transfer")) {
            post(ERIK, id, action, Map.of("reason", "arbete", "toOfficer", "erik.handlaggare")).statusCode(404);
        }
        given().auth().oauth2(ERIK).get("/api/participants/" + id + "/enrolments").then().statusCode(404);
        post(ANNA, id, "transfer", Map.of("toUnit", "okand-enhet", "toOfficer", "x.handlaggare")).statusCode(400)
                .body("errors.field", hasItem("toUnit"));
        post(ANNA, id, "transfer", Map.of("toOfficer", "anna.handlaggare")).statusCode(400).body("errors.field", hasItem("toOfficer"));
        post(ANNA, id, "transfer", Map.of("toOfficer", "olle.handlaggare")).statusCode(200)
                .body("enrolment.officer", equalTo("olle.handlaggare")).body("enrolment.unit", equalTo("unga-18-24"));
        post(ANNA, id, "reopen", Map.of()).statusCode(409).body("errors.field", hasItem("status"));
        post(ANNA, id, "pause", Map.of("on", LocalDate.now().plusDays(3).toString())).statusCode(400).body("errors.field", hasItem("on"));
    }

    @Test
    void enrollingAFormerParticipantReopensTheirCase() {
        String pnr = newPersonnummer();
        String id = enrol(ANNA, enrolBody(pnr)).statusCode(201).extract().path("participantId");
        post(ANNA, id, "exit", Map.of("reason", "flyttat")).statusCode(200);
        Map<String, Object> again = enrolBody(pnr);
        again.remove("enrolledOn");
        again.put("unit", "arbete-forsorjning");
        enrol(ERIK, again).statusCode(201).body("participantId", equalTo(id)).body("reopened", equalTo(true));
    }

    static io.restassured.response.ValidatableResponse post(String token, String id, String action, Object body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .post("/api/participants/" + id + "/" + action).then();
    }

    long count(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
    }
}
