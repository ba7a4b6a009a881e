package se.arbetsmarknad.placement;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static se.arbetsmarknad.placement.Fixtures.ADMIN;
import static se.arbetsmarknad.placement.Fixtures.MANAGER;
import static se.arbetsmarknad.placement.Fixtures.as;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import se.arbetsmarknad.platform.testing.TopicProbe;

/**
 * Issue 14.3: no lenient input. A fraction is not cut to an integer (the platform's strict JSON), every
 * string has a maximum length and every number a range, and the API contract shows them.
 */
@QuarkusTest
class StrictInputTest {

    @Test
    void aFractionOfAnEmployeeIsRefusedAndNothingIsRecorded() {
        Fixtures.Org org = Fixtures.org("forvaltning");
        as(MANAGER).body("{\"countedOn\":\"2020-04-30\",\"employees\":1.5}").post("/api/organisations/" + org.id() + "/employees")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("employees"));
        as(MANAGER).body(Map.of("countedOn", "2020-04-30", "employees", 2_000_000)).post("/api/organisations/" + org.id() + "/employees")
                .then().statusCode(400).body("errors.field", hasItem("employees"));
        as(ADMIN).get("/api/organisations/" + org.id()).then().statusCode(200).body("employeeHistory", hasSize(0));
    }

    @Test
    void stringsAndNumbersOutOfBoundsAreRefusedNamingTheField() {
        Fixtures.Org org = Fixtures.org("ideell");
        Map<String, Object> huge = Fixtures.placement(org.id(), "praktik", "9111", 1);
        huge.put("title", "x".repeat(1_000_000));
        as(ADMIN).body(huge).post("/api/placements").then().statusCode(400).body("errors.field", hasItem("title"));
        Map<String, Object> longKind = Fixtures.placement(org.id(), "p".repeat(41), "9111", 1);
        as(ADMIN).body(longKind).post("/api/placements").then().statusCode(400).body("errors.field", hasItem("kind"));
        Map<String, Object> hours = Fixtures.placement(org.id(), "praktik", "9111", 1);
        hours.put("hoursPerWeek", 37.25);
        as(ADMIN).body(hours).post("/api/placements").then().statusCode(400).body("errors.field", hasItem("hoursPerWeek"));
        Map<String, Object> seats = Fixtures.placement(org.id(), "praktik", "9111", 1);
        seats.put("seats", 10_001);
        as(ADMIN).body(seats).post("/api/placements").then().statusCode(400).body("errors.field", hasItem("seats"));
        Map<String, Object> fraction = Fixtures.placement(org.id(), "praktik", "9111", 1);
        fraction.put("seats", 1.5);
        as(ADMIN).body(fraction).post("/api/placements").then().statusCode(400).body("errors.field", hasItem("seats"));
        Map<String, Object> numberDate = Fixtures.placement(org.id(), "praktik", "9111", 1);
        numberDate.put("periodStart", 20261201);
        as(ADMIN).body(numberDate).post("/api/placements").then().statusCode(400).body("errors.field", hasItem("periodStart"));
        Map<String, Object> textNumber = Fixtures.placement(org.id(), "praktik", "9111", 1);
        textNumber.put("seats", "3");
        as(ADMIN).body(textNumber).post("/api/placements").then().statusCode(400).body("errors.field", hasItem("seats"));
        as(ADMIN).header("If-Match", "*").body(Map.of("method", "share", "sharePercent", 5.0001))
                .put("/api/fordelningsmodell/rule").then().statusCode(400).body("errors.field", hasItem("sharePercent"));
        as(Fixtures.org("forvaltning").provider()).get("/api/placements?organisationId=" + org.id()).then().statusCode(200);
        as(ADMIN).get("/api/placements?organisationId=" + org.id()).then().statusCode(200).body("total", equalTo(0));
    }

    /**
     * The optional bodies of a match's start and end are validated like every other body: a reason over
     * its bound is a 400 naming {@code reason} that does not echo the text, and the match is unchanged.
     */
    @Test
    void aMatchEndReasonOverItsBoundIsRefusedNamingTheField() {
        Fixtures.Org org = Fixtures.org("privat");
        java.util.UUID placement = Fixtures.openPlacement(org.id(), "jobbspar", "8331", 1);
        String id = MatchLifecycleTest.propose(MatchLifecycleTest.ANNA, placement,
                Participants.enrol("unga-18-24", Map.of()));
        as(org.provider()).post("/api/matches/" + id + "/accept").then().statusCode(200);
        as(MatchLifecycleTest.ANNA).body(Map.of()).post("/api/matches/" + id + "/start").then().statusCode(200);
        String answer = as(org.provider()).body(Map.of("reason", "x".repeat(100_000))).post("/api/matches/" + id + "/end")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("reason"))
                .extract().asString();
        assertThat(answer).hasSizeLessThan(2_000);
        as(ADMIN).get("/api/matches/" + id).then().statusCode(200).body("status", equalTo("started"));
        as(ADMIN).get("/api/placements/" + placement).then().body("seatsFilled", equalTo(1));
    }

    /** Every request body's strings have a maximum length (or a fixed set), numbers a range, lists a size. */
    @Test
    void theApiContractBoundsEveryStringAndNumber() throws Exception {
        JsonNode api = TopicProbe.json().readTree(given().auth().oauth2(ADMIN).get("/q/openapi?format=json").asString());
        Set<String> bodies = new java.util.TreeSet<>();
        api.path("paths").forEach(path -> path.forEach(operation -> {
            JsonNode schema = operation.path("requestBody").path("content").path("application/json").path("schema");
            if (schema.has("$ref")) {
                bodies.add(schema.path("$ref").asText().replace("#/components/schemas/", ""));
            }
        }));
        assertThat(bodies).contains("PlacementRequest", "OrganisationRequest", "EmployeeCountRequest", "RuleChange", "Decline", "End");
        List<String> unbounded = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (String name : bodies) {
            collect(api, name, name, unbounded, seen);
        }
        assertThat(unbounded).as("request fields without bounds").isEmpty();
    }

    private static void collect(JsonNode api, String schemaName, String at, List<String> unbounded, Set<String> seen) {
        if (!seen.add(schemaName)) {
            return;
        }
        JsonNode schema = api.path("components").path("schemas").path(schemaName);
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> f = it.next();
            check(api, f.getValue(), at + "." + f.getKey(), unbounded, seen);
        }
    }

    private static void check(JsonNode api, JsonNode p, String at, List<String> unbounded, Set<String> seen) {
        JsonNode ref = p.has("$ref") ? p : p.path("allOf").path(0);
        if (ref.has("$ref")) {
            collect(api, ref.path("$ref").asText().replace("#/components/schemas/", ""), at, unbounded, seen);
            return;
        }
        String type = p.path("type").asText();
        String format = p.path("format").asText();
        switch (type) {
            case "string" -> {
                if (!Set.of("date", "date-time", "uuid").contains(format) && !p.has("maxLength") && !p.has("enum")) {
                    unbounded.add(at + " (string without maxLength)");
                }
            }
            case "integer", "number" -> {
                if (!p.has("maximum") || !(p.has("minimum") || p.has("exclusiveMinimum"))) {
                    unbounded.add(at + " (number without range)");
                }
            }
            case "array" -> {
                if (!p.has("maxItems")) {
                    unbounded.add(at + " (array without maxItems)");
                }
                check(api, p.path("items"), at + "[]", unbounded, seen);
            }
            default -> {
            }
        }
    }
}
