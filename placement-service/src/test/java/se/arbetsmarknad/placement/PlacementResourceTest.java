package se.arbetsmarknad.placement;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static se.arbetsmarknad.placement.Fixtures.ADMIN;
import static se.arbetsmarknad.placement.Fixtures.MANAGER;
import static se.arbetsmarknad.placement.Fixtures.as;
import static se.arbetsmarknad.placement.Fixtures.placement;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.arbetsmarknad.platform.events.Topics;
import se.arbetsmarknad.platform.testing.TestTokens;
import se.arbetsmarknad.platform.testing.TopicProbe;

@QuarkusTest
class PlacementResourceTest {

    static final String OFFICER = TestTokens.caseOfficer("anna", "unga-18-24");

    @Test
    void aProviderRegistersADraftForTheirOwnOrganisationAndPublishesIt() {
        Fixtures.Org org = Fixtures.org("privat");
        Map<String, Object> body = placement(null, "jobbspar", "8331", 38);
        body.remove("organisationId"); // a provider's own organisation is implied
        body.put("publish", false);
        body.put("title", "Bussförare – 12 veckor");
        body.put("requirements", Map.of("drivingLicence", true, "swedishLevel", "sfi-3", "ageMin", 21));
        String id = as(org.provider()).body(body).post("/api/placements").then().statusCode(201)
                .header("ETag", "\"0\"")
                .body("status", equalTo("draft")).body("organisationId", equalTo(org.id().toString()))
                .body("ssykName", equalTo("Buss- och spårvagnsförare")).body("freeSeats", equalTo(38))
                .body("requirements.drivingLicence", equalTo(true))
                .extract().path("id");

        as(org.provider()).post("/api/placements/" + id + "/publish").then().statusCode(200).body("status", equalTo("open"));
        as(org.provider()).post("/api/placements/" + id + "/publish").then().statusCode(409);
        TopicProbe.Received published = TopicProbe.await(Topics.PLACEMENT, "placement.published", id, 1).get(0);
        TopicProbe.assertConforms(published);
        assertThat(published.data().path("seats").asInt()).isEqualTo(38);
        assertThat(published.data().path("ssyk").asText()).isEqualTo("8331");
        assertThat(published.data().path("status").asText()).isEqualTo("open");
        assertThat(published.toString()).doesNotContain("Sven"); // supervisor stays out of events

        as(org.provider()).get("/api/placements/" + id).then().statusCode(200).body("title", equalTo("Bussförare – 12 veckor"));
        as(org.provider()).get("/api/placements").then().statusCode(200).body("items.organisationId", everyItem(equalTo(org.id().toString())));
    }

    @Test
    void editsNeedTheVersionAndArePublished() {
        Fixtures.Org org = Fixtures.org("forvaltning");
        UUID id = Fixtures.openPlacement(org.id(), "extratjanst", "5311", 4);
        Map<String, Object> body = placement(org.id(), "extratjanst", "5311", 6);
        body.remove("publish");
        as(org.provider()).body(body).put("/api/placements/" + id).then().statusCode(428);
        as(org.provider()).header("If-Match", "\"5\"").body(body).put("/api/placements/" + id).then().statusCode(412);
        String etag = as(org.provider()).get("/api/placements/" + id).then().extract().header("ETag");
        as(org.provider()).header("If-Match", etag).body(body).put("/api/placements/" + id).then().statusCode(200)
                .body("seats", equalTo(6));
        TopicProbe.Received changed = TopicProbe.await(Topics.PLACEMENT, "placement.changed", id.toString(), 1).get(0);
        TopicProbe.assertConforms(changed);
        assertThat(changed.data().path("seats").asInt()).isEqualTo(6);

        as(ADMIN).post("/api/placements/" + id + "/close").then().statusCode(200).body("status", equalTo("closed"));
        TopicProbe.assertConforms(TopicProbe.await(Topics.PLACEMENT, "placement.closed", id.toString(), 1).get(0));
        as(ADMIN).post("/api/placements/" + id + "/close").then().statusCode(409);
        String closedTag = as(ADMIN).get("/api/placements/" + id).then().extract().header("ETag");
        as(ADMIN).header("If-Match", closedTag).body(body).put("/api/placements/" + id).then().statusCode(409);
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndNothingIsWritten() {
        Fixtures.Org org = Fixtures.org("ideell");
        Map<String, Object> unknownSsyk = placement(org.id(), "praktik", "9999", 2);
        as(ADMIN).body(unknownSsyk).post("/api/placements").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("ssyk"));
        Map<String, Object> majorGroupOnly = placement(org.id(), "praktik", "83", 2);
        as(ADMIN).body(majorGroupOnly).post("/api/placements").then().statusCode(400).body("errors.field", hasItem("ssyk"));
        Map<String, Object> backwards = placement(org.id(), "praktik", "9111", 2);
        backwards.put("periodStart", "2026-06-30");
        backwards.put("periodEnd", "2026-06-01");
        as(ADMIN).body(backwards).post("/api/placements").then().statusCode(400).body("errors.field", hasItem("periodEnd"));
        Map<String, Object> noSeats = placement(org.id(), "praktik", "9111", 0);
        as(ADMIN).body(noSeats).post("/api/placements").then().statusCode(400).body("errors.field", hasItem("seats"));
        Map<String, Object> badKind = placement(org.id(), "semester", "9111", 1);
        as(ADMIN).body(badKind).post("/api/placements").then().statusCode(400).body("errors.field", hasItem("kind"));
        Map<String, Object> badLevel = placement(org.id(), "praktik", "9111", 1);
        badLevel.put("requirements", Map.of("swedishLevel", "flytande", "ageMin", 30, "ageMax", 20));
        as(ADMIN).body(badLevel).post("/api/placements").then().statusCode(400)
                .body("errors.field", hasItem("requirements.swedishLevel")).body("errors.field", hasItem("requirements.ageMax"));
        Map<String, Object> unknownOrg = placement(UUID.randomUUID(), "praktik", "9111", 1);
        as(ADMIN).body(unknownOrg).post("/api/placements").then().statusCode(400).body("errors.field", hasItem("organisationId"));
        as(ADMIN).get("/api/placements?organisationId=" + org.id()).then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void accessRules() {
        Fixtures.Org mine = Fixtures.org("forvaltning");
        Fixtures.Org other = Fixtures.org("privat");
        UUID theirs = Fixtures.openPlacement(other.id(), "praktik", "9111", 2);
        given().get("/api/placements").then().statusCode(401);
        // another organisation's placement does not exist for a provider: editing, publishing and closing it
        // get the same 404 as an unknown id, and registering for another organisation the same 400 as for an
        // unknown one (issue 14: no existence leaks)
        UUID unknown = UUID.randomUUID();
        String before = as(ADMIN).get("/api/placements/" + theirs).then().extract().header("ETag");
        for (UUID id : List.of(theirs, unknown)) {
            as(mine.provider()).header("If-Match", "\"0\"").body(placement(other.id(), "praktik", "9111", 1))
                    .put("/api/placements/" + id).then().statusCode(404).contentType("application/problem+json");
            as(mine.provider()).post("/api/placements/" + id + "/publish").then().statusCode(404);
            as(mine.provider()).post("/api/placements/" + id + "/close").then().statusCode(404);
        }
        as(mine.provider()).header("If-Match", "\"0\"").body(placement(mine.id(), "praktik", "9111", 1))
                .put("/api/placements/" + theirs).then().statusCode(404);
        Map<String, Object> forOther = as(mine.provider()).body(placement(other.id(), "praktik", "9111", 1)).post("/api/placements")
                .then().statusCode(400).contentType("application/problem+json").extract().as(Map.class);
        Map<String, Object> forUnknown = as(mine.provider()).body(placement(UUID.randomUUID(), "praktik", "9111", 1))
                .post("/api/placements").then().statusCode(400).extract().as(Map.class);
        forOther.remove("instance");
        forUnknown.remove("instance");
        assertThat(forOther).isEqualTo(forUnknown);
        assertThat(forOther.get("errors").toString()).contains("organisationId");
        as(ADMIN).get("/api/placements/" + theirs).then().statusCode(200).body("status", equalTo("open"))
                .header("ETag", before); // untouched
        // reading it: 404, and it is not listed
        as(mine.provider()).get("/api/placements/" + theirs).then().statusCode(404);
        as(mine.provider()).get("/api/placements").then().statusCode(200).body("items.id", not(hasItem(theirs.toString())));
        // managers read but do not register; case officers register on an organisation's behalf
        as(MANAGER).get("/api/placements/" + theirs).then().statusCode(200);
        as(MANAGER).body(placement(other.id(), "praktik", "9111", 1)).post("/api/placements").then().statusCode(403);
        as(OFFICER).body(placement(other.id(), "praktik", "9111", 1)).post("/api/placements").then().statusCode(201);
        as(OFFICER).body(placement(null, "praktik", "9111", 1)).post("/api/placements").then().statusCode(400)
                .body("errors.field", hasItem("organisationId"));
        as(ADMIN).get("/api/placements/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void listsArePagedWithTheOneEnvelope() {
        Fixtures.Org org = Fixtures.org("ideell");
        for (int i = 0; i < 3; i++) {
            Fixtures.openPlacement(org.id(), "praktik", "9111", 1);
        }
        as(ADMIN).get("/api/placements?organisationId=" + org.id() + "&size=2").then().statusCode(200)
                .header("X-Total-Count", "3").header("Link", containsString("rel=\"next\""))
                .body("items.size()", equalTo(2)).body("page", equalTo(0)).body("size", equalTo(2)).body("total", equalTo(3));
        as(ADMIN).get("/api/placements?organisationId=" + org.id() + "&size=2&page=1").then().statusCode(200)
                .body("items.size()", equalTo(1)).header("Link", containsString("rel=\"prev\""));
        as(ADMIN).get("/api/placements?size=x").then().statusCode(400).body("errors.field", hasItem("size"));
        as(ADMIN).get("/api/placements?size=501").then().statusCode(400).body("errors.field", hasItem("size"));
        as(ADMIN).get("/api/placements?status=stangd").then().statusCode(400).body("errors.field", hasItem("status"));
        as(ADMIN).get("/api/organisations?size=1").then().statusCode(200).body("items.size()", equalTo(1));
        as(ADMIN).get("/api/matches?size=1&page=0").then().statusCode(200).body("page", equalTo(0));
    }

    @Test
    void ssykListIsSearchable() {
        as(OFFICER).get("/api/ssyk?q=buss").then().statusCode(200).body("code", hasItem("8331"));
        as(OFFICER).get("/api/ssyk?level=1").then().statusCode(200).body("size()", equalTo(10));
        given().get("/api/ssyk").then().statusCode(401);
    }
}
