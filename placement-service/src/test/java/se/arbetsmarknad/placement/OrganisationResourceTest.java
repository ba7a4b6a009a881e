package se.arbetsmarknad.placement;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static se.arbetsmarknad.placement.Fixtures.ADMIN;
import static se.arbetsmarknad.placement.Fixtures.MANAGER;
import static se.arbetsmarknad.placement.Fixtures.as;
import static se.arbetsmarknad.placement.Fixtures.organisation;
import static se.arbetsmarknad.placement.Fixtures.unique;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.arbetsmarknad.platform.events.Topics;
import se.arbetsmarknad.platform.testing.TestTokens;
import se.arbetsmarknad.platform.testing.TopicProbe;

@QuarkusTest
class OrganisationResourceTest {

    @Test
    void registersAnEmployerWithANormalisedOrganisationsnummerAndPublishesIt() {
        String code = unique("buss");
        String id = as(ADMIN).body(organisation(code, "privat", "5566771233")).post("/api/organisations")
                .then().statusCode(201).header("ETag", "\"0\"")
                .body("organisationNumber", equalTo("556677-1233"))
                .body("sector", equalTo("privat"))
                .body("contacts[0].name", equalTo("Karin Kontakt"))
                .extract().path("id");

        TopicProbe.Received e = TopicProbe.await(Topics.ORGANISATION, "organisation.registered", id, 1).get(0);
        TopicProbe.assertConforms(e);
        assertThat(e.data().path("code").asText()).isEqualTo(code);
        assertThat(e.data().path("kind").asText()).isEqualTo("privat");
        assertThat(e.data().has("employees")).isTrue();
        assertThat(e.toString()).doesNotContain("Karin"); // contact persons stay out of events
    }

    @Test
    void rejectsAnInvalidOrganisationsnummerAndWritesNothing() {
        String code = unique("fel");
        // wrong check digit
        as(ADMIN).body(organisation(code, "privat", "556677-1234")).post("/api/organisations")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("organisationNumber"));
        // third digit below 2: a personnummer shape, not a legal person
        as(ADMIN).body(organisation(code, "privat", "551212-1236")).post("/api/organisations")
                .then().statusCode(400).body("errors.field", hasItem("organisationNumber"));
        // required for companies
        as(ADMIN).body(organisation(code, "asf", null)).post("/api/organisations")
                .then().statusCode(400).body("errors.field", hasItem("organisationNumber"));
        as(ADMIN).body(organisation(code, "kommun", null)).post("/api/organisations")
                .then().statusCode(400).body("errors.field", hasItem("kind"));
        // a contact that is null (found by the fuzzer: it was a 500)
        Map<String, Object> nullContact = new java.util.HashMap<>(organisation(code, "privat", "556677-1233"));
        nullContact.put("contacts", java.util.Collections.singletonList(null));
        as(ADMIN).body(nullContact).post("/api/organisations")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("contacts[0]"));
        as(ADMIN).get("/api/organisations?size=500").then().statusCode(200).body("items.code", org.hamcrest.Matchers.not(hasItem(code)));
    }

    @Test
    void aDuplicateCodeIsAConflict() {
        Fixtures.Org org = Fixtures.org("ideell");
        as(ADMIN).body(organisation(org.code(), "ideell", null)).post("/api/organisations")
                .then().statusCode(409).body("errors.field", hasItem("code"));
    }

    @Test
    void changesRequireTheCurrentVersion() {
        Fixtures.Org org = Fixtures.org("ideell");
        Map<String, Object> body = organisation(org.code(), "ideell", null);
        body.put("name", "Nytt namn");
        as(ADMIN).body(body).put("/api/organisations/" + org.id()).then().statusCode(428);
        as(ADMIN).header("If-Match", "\"7\"").body(body).put("/api/organisations/" + org.id()).then().statusCode(412);
        as(ADMIN).header("If-Match", "\"0\"").body(body).put("/api/organisations/" + org.id())
                .then().statusCode(200).body("name", equalTo("Nytt namn")).header("ETag", "\"1\"");
        TopicProbe.assertConforms(TopicProbe.await(Topics.ORGANISATION, "organisation.changed", org.id().toString(), 1).get(0));
    }

    @Test
    void employeeCountsByDateGiveAForvaltningItsQuota() {
        Fixtures.Org org = Fixtures.org("forvaltning");
        as(MANAGER).body(Map.of("countedOn", "2020-04-30", "employees", 6095)).post("/api/organisations/" + org.id() + "/employees")
                .then().statusCode(200).body("employees", equalTo(6095)).body("quota", equalTo(347));
        as(ADMIN).body(Map.of("countedOn", "2021-04-30", "employees", 6200)).post("/api/organisations/" + org.id() + "/employees")
                .then().statusCode(200).body("employees", equalTo(6200)).body("employeeHistory", hasSize(2))
                .body("quota", equalTo(353)); // 5.7 % of 6 200 = 353.4
        TopicProbe.Received e = TopicProbe.readUntil(Topics.ORGANISATION, all -> all.stream()
                .anyMatch(r -> r.subject().equals(org.id().toString()) && r.data().path("employees").asInt() == 6200)).stream()
                .filter(r -> r.subject().equals(org.id().toString()) && r.data().path("employees").asInt() == 6200).findFirst().orElseThrow();
        TopicProbe.assertConforms(e);
        assertThat(e.data().path("quota").asInt()).isEqualTo(353);
        assertThat(e.data().path("employeesOn").asText()).isEqualTo("2021-04-30");
        // only förvaltningar have employee counts; only managers and admin record them
        Fixtures.Org employer = Fixtures.org("privat");
        as(ADMIN).body(Map.of("countedOn", "2021-04-30", "employees", 10)).post("/api/organisations/" + employer.id() + "/employees")
                .then().statusCode(400).body("errors.field", hasItem("employees"));
        as(TestTokens.caseOfficer("anna", "unga-18-24")).body(Map.of("countedOn", "2021-04-30", "employees", 10))
                .post("/api/organisations/" + org.id() + "/employees").then().statusCode(403);
        as(MANAGER).body(Map.of("countedOn", "2021-04-30", "employees", -1))
                .post("/api/organisations/" + org.id() + "/employees").then().statusCode(400).body("errors.field", hasItem("employees"));
    }

    @Test
    void accessRules() {
        Fixtures.Org mine = Fixtures.org("forvaltning");
        Fixtures.Org other = Fixtures.org("ideell");
        given().get("/api/organisations").then().statusCode(401);
        // a provider sees only their own organisation, and another's as if it did not exist
        as(mine.provider()).get("/api/organisations").then().statusCode(200).body("items.code", equalTo(List.of(mine.code())));
        as(mine.provider()).get("/api/organisations/" + mine.id()).then().statusCode(200);
        as(mine.provider()).get("/api/organisations/" + other.id()).then().statusCode(404).contentType("application/problem+json");
        as(mine.provider()).body(organisation(unique("x"), "ideell", null)).post("/api/organisations").then().statusCode(403);
        as(MANAGER).body(organisation(unique("x"), "ideell", null)).post("/api/organisations").then().statusCode(403);
        as(TestTokens.caseOfficer("anna", "unga-18-24")).get("/api/organisations/" + other.id()).then().statusCode(200);
        as(TestTokens.caseOfficer("anna", "unga-18-24")).body(organisation(unique("cs"), "ideell", null))
                .post("/api/organisations").then().statusCode(201);
        as(ADMIN).get("/api/organisations/not-a-uuid").then().statusCode(404);
    }
}
