package se.arbetsmarknad.placement;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static se.arbetsmarknad.placement.Fixtures.ADMIN;
import static se.arbetsmarknad.placement.Fixtures.as;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import se.arbetsmarknad.platform.testing.TestTokens;

@QuarkusTest
class MatchingResourceTest {

    static final String ANNA = TestTokens.caseOfficer("anna", "unga-18-24");
    static final String ERIK = TestTokens.caseOfficer("erik", "arbete-forsorjning");

    @Test
    void placementsAreRankedWithAnExplainedScoreAndHardFiltersExclude() {
        Fixtures.Org org = Fixtures.org("privat");
        UUID bus = Fixtures.openPlacement(org.id(), "jobbspar", "8331", 3);      // within interest 833: 50
        UUID truck = Fixtures.openPlacement(org.id(), "praktik", "8332", 3);     // same minor group 833 → within: 50
        UUID cleaner = Fixtures.openPlacement(org.id(), "praktik", "9111", 3);   // no match: 0
        Map<String, Object> licence = Fixtures.placement(org.id(), "praktik", "8321", 2);
        licence.put("requirements", Map.of("drivingLicence", true, "swedishLevel", "modersmal"));
        String needsFluentSwedish = as(ADMIN).body(licence).post("/api/placements").then().statusCode(201).extract().path("id");
        UUID participant = Participants.enrol("unga-18-24", Map.of("occupationInterests", List.of("833"), "swedishLevel", "sfi-2"));

        JsonPath ranked = as(ANNA).get("/api/matching/participants/" + participant + "/placements?limit=1000&kinds=jobbspar")
                .then().statusCode(200).extract().jsonPath();
        List<String> ids = ranked.getList("placementId");
        assertThat(ids).contains(bus.toString(), truck.toString(), cleaner.toString()).doesNotContain(needsFluentSwedish);
        assertThat(ids.indexOf(bus.toString())).isLessThan(ids.indexOf(truck.toString())); // kind preference: +30
        assertThat(ids.indexOf(truck.toString())).isLessThan(ids.indexOf(cleaner.toString()));
        Map<String, Object> top = ranked.getMap("find { it.placementId == '" + bus + "' }");
        assertThat(top.get("score")).isEqualTo(80);
        assertThat(ranked.getList("find { it.placementId == '" + bus + "' }.components.reasonEn", String.class))
                .contains("Occupation 8331 is within the interest 833", "Preferred kind: jobbspar");

        JsonPath all = as(ANNA).get("/api/matching/participants/" + participant + "/placements?limit=1000&includeExcluded=true")
                .then().statusCode(200).extract().jsonPath();
        assertThat(all.getBoolean("find { it.placementId == '" + needsFluentSwedish + "' }.eligible")).isFalse();
        assertThat(all.getList("find { it.placementId == '" + needsFluentSwedish + "' }.unmet.key", String.class))
                .containsExactly("swedishLevel");

        as(ANNA).get("/api/matching/participants/" + participant + "/placements?kinds=semester").then().statusCode(400)
                .body("errors.field", hasItem("kinds"));
    }

    /** The index's ranking order is a snapshot: a placement published, edited or closed is ranked as it is by the next request. */
    @Test
    void aPlacementPublishedEditedOrClosedIsRankedAtOnce() {
        Fixtures.Org org = Fixtures.org("privat");
        UUID participant = Participants.enrol("unga-18-24", Map.of("occupationInterests", List.of("7411")));
        String ranking = "/api/matching/participants/" + participant + "/placements?limit=1000&place=Rangtorget";
        Map<String, Object> body = Fixtures.placement(org.id(), "praktik", "7411", 2);
        body.put("place", "Rangtorget"); // the place wish: +20, so the placement ranks high among the tests' others
        body.put("publish", false);
        String id = as(ADMIN).body(body).post("/api/placements").then().statusCode(201).extract().path("id");
        assertThat(as(ANNA).get(ranking).then().statusCode(200).extract().jsonPath().getList("placementId")).doesNotContain(id);

        as(ADMIN).post("/api/placements/" + id + "/publish").then().statusCode(200);
        assertThat(as(ANNA).get(ranking).then().extract().jsonPath().getInt("find { it.placementId == '" + id + "' }.score"))
                .isEqualTo(70);

        String etag = as(ADMIN).get("/api/placements/" + id).then().statusCode(200).extract().header("ETag");
        body.put("ssyk", "7119"); // 7411 → 7119: shares only the first digit, 5 + 20 points
        as(ADMIN).header("If-Match", etag).body(body).put("/api/placements/" + id).then().statusCode(200);
        assertThat(as(ANNA).get(ranking).then().extract().jsonPath().getInt("find { it.placementId == '" + id + "' }.score"))
                .isEqualTo(25);

        as(ADMIN).post("/api/placements/" + id + "/close").then().statusCode(200);
        assertThat(as(ANNA).get(ranking).then().statusCode(200).extract().jsonPath().getList("placementId")).doesNotContain(id);
    }

    @Test
    void candidatesForAPlacementComeFromTheCaseOfficersUnit() {
        Fixtures.Org org = Fixtures.org("forvaltning");
        Map<String, Object> body = Fixtures.placement(org.id(), "extratjanst", "5311", 2);
        body.put("requirements", Map.of("ageMin", 18, "ageMax", 24));
        String placement = as(ADMIN).body(body).post("/api/placements").then().statusCode(201).extract().path("id");
        int year = Integer.parseInt(((String) body.get("periodStart")).substring(0, 4));
        UUID young = Participants.enrol("unga-18-24", Map.of("birthYear", year - 20, "occupationInterests", List.of("5311")));
        UUID old = Participants.enrol("unga-18-24", Map.of("birthYear", year - 40, "occupationInterests", List.of("5311")));
        UUID elsewhere = Participants.enrol("arbete-forsorjning", Map.of("birthYear", year - 21));

        JsonPath candidates = as(ANNA).get("/api/matching/placements/" + placement + "/candidates?limit=1000").then().statusCode(200)
                .extract().jsonPath();
        assertThat(candidates.getList("participantId", String.class)).contains(young.toString())
                .doesNotContain(old.toString(), elsewhere.toString());
        assertThat(candidates.getInt("find { it.participantId == '" + young + "' }.score")).isEqualTo(50);
        as(ANNA).get("/api/matching/placements/" + placement + "/candidates?limit=1000&includeExcluded=true").then()
                .body("find { it.participantId == '" + old + "' }.unmet[0].key", equalTo("age"));
        as(ADMIN).get("/api/matching/placements/" + placement + "/candidates?limit=1000").then()
                .body("participantId", hasItem(elsewhere.toString()));
    }

    @Test
    void accessRules() {
        UUID participant = Participants.enrol("unga-18-24", Map.of());
        given().get("/api/matching/participants/" + participant + "/placements").then().statusCode(401);
        as(ERIK).get("/api/matching/participants/" + participant + "/placements").then().statusCode(404);
        as(Fixtures.MANAGER).get("/api/matching/participants/" + participant + "/placements").then().statusCode(403);
        as(Fixtures.org("privat").provider()).get("/api/matching/participants/" + participant + "/placements").then().statusCode(403);
        as(ANNA).get("/api/matching/placements/" + UUID.randomUUID() + "/candidates").then().statusCode(404);
        as(ANNA).get("/api/matching/participants/" + participant + "/placements?limit=0").then().statusCode(400);
        as(ANNA).get("/api/matching/participants/" + UUID.randomUUID() + "/placements").then().statusCode(404)
                .body("detail", not(equalTo(null)));
    }
}
