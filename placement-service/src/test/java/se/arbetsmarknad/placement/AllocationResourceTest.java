package se.arbetsmarknad.placement;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static se.arbetsmarknad.placement.Fixtures.as;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import se.arbetsmarknad.platform.events.Topics;
import se.arbetsmarknad.platform.testing.TestTokens;
import se.arbetsmarknad.platform.testing.TopicProbe;

@QuarkusTest
class AllocationResourceTest {

    static final String ANNA = TestTokens.caseOfficer("anna", "unga-18-24");

    @Test
    void scarceSeatsGoToThePrioritisedFirstAndEachAssignmentIsExplained() {
        Fixtures.Org org = Fixtures.org("forvaltning");
        UUID employment = Fixtures.openPlacement(org.id(), "extratjanst", "5311", 1);
        UUID internship = Fixtures.openPlacement(org.id(), "praktik", "9111", 1);
        // the mother scores lower on the employment than the other participant
        UUID mother = Participants.enrol("unga-18-24", Map.of("gender", "K", "singleParent", true, "childrenInHousehold", true,
                "occupationInterests", List.of("9111")));
        UUID other = Participants.enrol("unga-18-24", Map.of("gender", "M", "occupationInterests", List.of("5311")));
        UUID unfit = Participants.enrol("unga-18-24", Map.of("swedishLevel", "okand"));
        Map<String, Object> noLicence = new HashMap<>();
        noLicence.put("participantIds", List.of(mother, other));
        noLicence.put("placementIds", List.of(employment, internship));

        // without rules: the best total score, each on their own interest
        JsonPath plain = as(ANNA).body(noLicence).post("/api/allocations").then().statusCode(200).extract().jsonPath();
        assertThat(plain.getString("assignments.find { it.participantId == '" + other + "' }.placementId")).isEqualTo(employment.toString());
        assertThat(plain.getString("assignments.find { it.participantId == '" + mother + "' }.placementId")).isEqualTo(internship.toString());
        assertThat(plain.getLong("totalScore")).isEqualTo(100);

        // single women with children first for employments
        Map<String, Object> prioritised = new HashMap<>(noLicence);
        prioritised.put("priorityRules", List.of("ensamstaende-kvinnor-med-barn"));
        JsonPath result = as(ANNA).body(prioritised).post("/api/allocations").then().statusCode(200).extract().jsonPath();
        assertThat(result.getString("assignments.find { it.participantId == '" + mother + "' }.placementId")).isEqualTo(employment.toString());
        assertThat(result.getList("assignments.find { it.participantId == '" + mother + "' }.priorities.rule", String.class))
                .containsExactly("ensamstaende-kvinnor-med-barn");
        assertThat(result.getLong("prioritised.ensamstaende-kvinnor-med-barn")).isEqualTo(1);
        // the same request gives the same answer
        JsonPath again = as(ANNA).body(prioritised).post("/api/allocations").then().statusCode(200).extract().jsonPath();
        assertThat(again.getList("assignments.placementId")).isEqualTo(result.getList("assignments.placementId"));

        // someone no placement fits is told why
        Map<String, Object> withUnfit = new HashMap<>(noLicence);
        Map<String, Object> strict = Fixtures.placement(org.id(), "praktik", "9111", 1);
        strict.put("requirements", Map.of("swedishLevel", "sfi-1"));
        String strictId = as(Fixtures.ADMIN).body(strict).post("/api/placements").then().statusCode(201).extract().path("id");
        withUnfit.put("participantIds", List.of(unfit));
        withUnfit.put("placementIds", List.of(strictId));
        as(ANNA).body(withUnfit).post("/api/allocations").then().statusCode(200)
                .body("unassigned[0].eligiblePlacements", equalTo(0))
                .body("unassigned[0].reasonEn", equalTo("No placement meets the requirements"));
    }

    @Test
    void proposeCreatesAProposalPerAssignment() {
        Fixtures.Org org = Fixtures.org("ideell");
        UUID placement = Fixtures.openPlacement(org.id(), "praktik", "9412", 2);
        UUID a = Participants.enrol("unga-18-24", Map.of("occupationInterests", List.of("94")));
        UUID b = Participants.enrol("unga-18-24", Map.of("occupationInterests", List.of("9")));
        Map<String, Object> body = Map.of("participantIds", List.of(a, b), "placementIds", List.of(placement), "propose", true,
                "genderBalance", true);
        JsonPath r = as(ANNA).body(body).post("/api/allocations").then().statusCode(200).extract().jsonPath();
        List<String> matchIds = r.getList("assignments.matchId", String.class);
        // both are women: with gender balance only one of the two seats may go to a woman
        assertThat(matchIds).hasSize(1);
        TopicProbe.assertConforms(TopicProbe.await(Topics.MATCH, "match.proposed", matchIds.get(0), 1).get(0));
        as(org.provider()).get("/api/matches?placementId=" + placement).then().body("items.id", hasItem(matchIds.get(0)));
    }

    @Test
    void badInputAndAccess() {
        UUID mine = Participants.enrol("unga-18-24", Map.of());
        UUID theirs = Participants.enrol("arbete-forsorjning", Map.of());
        as(ANNA).body(Map.of("priorityRules", List.of("forst-till-kvarn"))).post("/api/allocations").then().statusCode(400)
                .body("errors.field", hasItem("priorityRules"));
        as(ANNA).body(Map.of("priorityRules", List.of("langvarigt-bistand", "langvarigt-bistand"))).post("/api/allocations")
                .then().statusCode(400);
        as(ANNA).body(Map.of("participantIds", List.of(mine, theirs))).post("/api/allocations").then().statusCode(404);
        as(ANNA).body(Map.of("participantIds", List.of(mine), "placementIds", List.of(UUID.randomUUID()))).post("/api/allocations")
                .then().statusCode(404);
        given().body("{}").post("/api/allocations").then().statusCode(401);
        as(Fixtures.MANAGER).body(Map.of()).post("/api/allocations").then().statusCode(403);
        as(Fixtures.org("privat").provider()).body(Map.of()).post("/api/allocations").then().statusCode(403);
    }
}
