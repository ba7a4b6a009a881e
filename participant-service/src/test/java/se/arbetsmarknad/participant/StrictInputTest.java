package se.arbetsmarknad.participant;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static se.arbetsmarknad.participant.Fixtures.ANNA;
import static se.arbetsmarknad.participant.Fixtures.enrolBody;
import static se.arbetsmarknad.participant.Fixtures.enrolNew;
import static se.arbetsmarknad.participant.Fixtures.newPersonnummer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * Strict JSON and bounded input (issue 14, defect 3): a value of the wrong JSON type or out of bounds is a
 * 400 problem naming the field, nothing is written, and the API contract states every bound.
 */
@QuarkusTest
class StrictInputTest {

    static final String MEGABYTE = "x".repeat(1024 * 1024);

    @Inject
    EntityManager em;

    @Test
    void aDateGivenAsANumberIsRefusedNamingTheFieldAndNothingIsWritten() {
        String id = enrolNew(ANNA);
        long before = count("select count(*) from intervention");
        long outbox = count("select count(*) from outbox_event");
        post(ANNA, "/api/participants/" + id + "/interventions", "{\"kind\": \"praktik\", \"startedOn\": 20261201}")
                .statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("startedOn"));
        // A year beyond four digits is no date either (the event contracts say YYYY-MM-DD).
        post(ANNA, "/api/participants/" + id + "/interventions", "{\"kind\": \"praktik\", \"startedOn\": \"+57444-06-01\"}")
                .statusCode(400).body("errors.field", hasItem("startedOn"));
        post(ANNA, "/api/participants/" + id + "/interventions", "{\"kind\": \"praktik\", \"startedOn\": [2026, 12, 1]}")
                .statusCode(400).body("errors.field", hasItem("startedOn"));
        assertThat(count("select count(*) from intervention")).isEqualTo(before);
        assertThat(count("select count(*) from outbox_event")).isEqualTo(outbox);
    }

    @Test
    void aPersonnummerGivenAsANumberIsRefused() {
        String pnr = newPersonnummer();
        String body = "{\"personnummer\": " + pnr.replace("-", "") + "}";
        post(ANNA, "/api/participants", body).statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("personnummer"));
        post(ANNA, "/api/participants/search", body).statusCode(400).body("errors.field", hasItem("personnummer"));
    }

    @Test
    void noCoercionBetweenStringsNumbersAndBooleans() {
        Map<String, Object> body = enrolBody(newPersonnummer());
        attributes(body).put("bornAbroad", "ja");
        Fixtures.enrol(ANNA, body).statusCode(400).body("errors.field", hasItem("attributes.bornAbroad"));
        body = enrolBody(newPersonnummer());
        attributes(body).put("drivingLicence", 1);
        Fixtures.enrol(ANNA, body).statusCode(400).body("errors.field", hasItem("attributes.drivingLicence"));
        body = enrolBody(newPersonnummer());
        attributes(body).put("occupationInterests", List.of(5321));
        Fixtures.enrol(ANNA, body).statusCode(400).body("errors.field", hasItem("attributes.occupationInterests[0]"));
        body = enrolBody(newPersonnummer());
        attributes(body).put("gender", true);
        Fixtures.enrol(ANNA, body).statusCode(400).body("errors.field", hasItem("attributes.gender"));
        given().auth().oauth2(ANNA).queryParam("days", 99999).get("/api/worklists/no-intervention").then().statusCode(400)
                .body("errors.field", hasItem("days"));
    }

    @Test
    void aMegabyteStringIsRefusedWhereverItIsSent() {
        String id = enrolNew(ANNA);
        given().auth().oauth2(ANNA).contentType(ContentType.JSON)
                .body(Map.of("goal", MEGABYTE, "nextFollowUp", LocalDate.now().plusDays(30).toString()))
                .put("/api/participants/" + id + "/plan").then().statusCode(400).body("errors.field", hasItem("goal"));
        given().auth().oauth2(ANNA).contentType(ContentType.JSON).body(Map.of("personnummer", MEGABYTE))
                .post("/api/participants/search").then().statusCode(400).body("errors.field", hasItem("personnummer"));
        Map<String, Object> body = enrolBody(newPersonnummer());
        attributes(body).put("lastName", MEGABYTE);
        Fixtures.enrol(ANNA, body).statusCode(400).body("errors.field", hasItem("attributes.lastName"));
        given().auth().oauth2(ANNA).contentType(ContentType.JSON).body(Map.of("kind", MEGABYTE, "startedOn", LocalDate.now().toString()))
                .post("/api/participants/" + id + "/interventions").then().statusCode(400).body("errors.field", hasItem("kind"));
        given().auth().oauth2(ANNA).queryParam("officer", MEGABYTE.substring(0, 4000)).get("/api/worklists/mine").then()
                .statusCode(400).body("errors.field", hasItem("officer"));
        given().auth().oauth2(ANNA).contentType(ContentType.JSON).body(Map.of("personnummer", MEGABYTE))
                .post("/api/participants/search").then().body("title", equalTo("Ogiltiga uppgifter / Invalid input"));
    }

    /** The contract states the bounds: each string of a request has a maximum length, each number a range. */
    @Test
    void theOpenApiDocumentBoundsEveryRequestStringAndNumber() throws Exception {
        JsonNode doc = new ObjectMapper().readTree(given().accept("application/json").get("/q/openapi?format=json").asString());
        List<String> unbounded = new ArrayList<>();
        Map<String, Boolean> visited = new HashMap<>();
        doc.path("paths").properties().forEach(path -> path.getValue().properties().forEach(op -> {
            String where = op.getKey().toUpperCase() + " " + path.getKey();
            op.getValue().path("parameters").forEach(p -> check(doc, p.path("schema"), where + " ?" + p.path("name").asText(),
                    unbounded, visited));
            op.getValue().path("requestBody").path("content").properties().forEach(c -> {
                if (c.getKey().contains("json")) {
                    check(doc, c.getValue().path("schema"), where + " body", unbounded, visited);
                }
            });
        }));
        assertThat(visited).isNotEmpty();
        assertThat(unbounded).isEmpty();
    }

    private static void check(JsonNode doc, JsonNode schema, String where, List<String> unbounded, Map<String, Boolean> visited) {
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asText();
            if (visited.put(ref, true) == null) {
                check(doc, doc.at(ref.substring(1)), ref, unbounded, visited);
            }
            return;
        }
        for (String combinator : List.of("allOf", "anyOf", "oneOf")) {
            schema.path(combinator).forEach(s -> check(doc, s, where, unbounded, visited));
        }
        String type = schema.path("type").isArray() ? schema.path("type").get(0).asText() : schema.path("type").asText();
        switch (type) {
            case "string" -> {
                boolean bounded = schema.has("maxLength") || schema.has("enum")
                        || List.of("date", "uuid", "date-time").contains(schema.path("format").asText());
                if (!bounded) {
                    unbounded.add(where + ": string without maxLength");
                }
            }
            case "integer", "number" -> {
                if (!schema.has("minimum") || !schema.has("maximum")) {
                    unbounded.add(where + ": number without minimum and maximum");
                }
            }
            case "array" -> {
                if (!schema.has("maxItems")) {
                    unbounded.add(where + ": array without maxItems");
                }
                check(doc, schema.path("items"), where + "[]", unbounded, visited);
            }
            default -> schema.path("properties").properties()
                    .forEach(p -> check(doc, p.getValue(), where + "." + p.getKey(), unbounded, visited));
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> attributes(Map<String, Object> body) {
        return (Map<String, Object>) body.get("attributes");
    }

    static ValidatableResponse post(String token, String path, String json) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(json).post(path).then();
    }

    long count(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
    }
}
