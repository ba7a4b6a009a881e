package se.arbetsmarknad.placement.quota;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static se.arbetsmarknad.placement.Fixtures.ADMIN;
import static se.arbetsmarknad.placement.Fixtures.MANAGER;
import static se.arbetsmarknad.placement.Fixtures.as;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import se.arbetsmarknad.placement.Fixtures;
import se.arbetsmarknad.placement.Participants;
import se.arbetsmarknad.platform.events.Topics;
import se.arbetsmarknad.platform.testing.TestTokens;
import se.arbetsmarknad.platform.testing.TopicProbe;

@QuarkusTest
class FordelningsmodellResourceTest {

    static final String ANNA = TestTokens.caseOfficer("anna", "unga-18-24");

    @Test
    void theTableShowsEmployeesQuotaPlacesAndFulfilment() {
        Fixtures.Org forv = Fixtures.org("forvaltning");
        as(MANAGER).body(Map.of("countedOn", "2020-04-30", "employees", 469)).post("/api/organisations/" + forv.id() + "/employees")
                .then().statusCode(200);
        // two employment placements (counted) and one internship (not counted by the default rule)
        UUID extra = Fixtures.openPlacement(forv.id(), "extratjanst", "9111", 4);
        Fixtures.openPlacement(forv.id(), "utvecklingsanstallning", "5311", 2);
        Fixtures.openPlacement(forv.id(), "praktik", "5311", 10);
        UUID participant = Participants.enrol("unga-18-24", Map.of());
        String match = as(ANNA).body(Map.of("placementId", extra, "participantId", participant)).post("/api/matches")
                .then().statusCode(201).extract().path("id");
        as(forv.provider()).post("/api/matches/" + match + "/accept").then().statusCode(200);

        JsonPath table = as(MANAGER).get("/api/fordelningsmodell?asOf=" + LocalDate.now().plusDays(10)).then().statusCode(200)
                .body("rule.method", equalTo("share")).extract().jsonPath();
        Map<String, Object> row = table.getMap("rows.find { it.code == '" + forv.code() + "' }");
        assertThat(row.get("employees")).isEqualTo(469);
        assertThat(row.get("quota")).isEqualTo(27); // 5,7 % of 469, as in Tabell 1
        assertThat(row.get("placesRegistered")).isEqualTo(6);
        assertThat(row.get("placesFilled")).isEqualTo(1);
        assertThat(((Number) row.get("fulfilmentPercent")).floatValue()).isEqualTo(3.7f); // 1 of 27
        // before the placements' period nothing is registered yet
        JsonPath before = as(MANAGER).get("/api/fordelningsmodell?asOf=" + LocalDate.now()).then().extract().jsonPath();
        assertThat(before.getInt("rows.find { it.code == '" + forv.code() + "' }.placesRegistered")).isZero();

        // The organisation's event carries its quota and the share it is of its employees (for Tabell 1's
        // city quota in reporting-service).
        TopicProbe.Received counted = TopicProbe.readUntil(Topics.ORGANISATION, all -> all.stream().anyMatch(r ->
                r.subject().equals(forv.id().toString()) && r.data().path("quota").asInt() == 27)).stream()
                .filter(r -> r.subject().equals(forv.id().toString()) && r.data().path("quota").asInt() == 27)
                .findFirst().orElseThrow();
        TopicProbe.assertConforms(counted);
        assertThat(counted.data().path("quotaSharePercent").decimalValue()).isEqualByComparingTo("5.7");
    }

    @Test
    void aCityWideTotalIsApportionedSoThePartsAddUpAndChangedQuotasArePublished() {
        Fixtures.Org forv = Fixtures.org("forvaltning");
        as(ADMIN).body(Map.of("countedOn", "2020-04-30", "employees", 6095)).post("/api/organisations/" + forv.id() + "/employees")
                .then().statusCode(200);
        String etag = as(MANAGER).get("/api/fordelningsmodell/rule").then().statusCode(200).extract().header("ETag");
        as(MANAGER).body(Map.of("method", "total", "total", 1500)).put("/api/fordelningsmodell/rule").then().statusCode(428);
        as(MANAGER).header("If-Match", etag).body(Map.of("method", "total")).put("/api/fordelningsmodell/rule")
                .then().statusCode(400).body("errors.field", hasItem("total"));
        as(MANAGER).header("If-Match", etag).body(Map.of("method", "share", "sharePercent", 0)).put("/api/fordelningsmodell/rule")
                .then().statusCode(400).body("errors.field", hasItem("sharePercent"));
        as(MANAGER).header("If-Match", etag).body(Map.of("method", "share", "sharePercent", 5.7, "kinds", List.of("semester")))
                .put("/api/fordelningsmodell/rule").then().statusCode(400).body("errors.field", hasItem("kinds"));
        String changed = as(MANAGER).header("If-Match", etag).body(Map.of("method", "total", "total", 1500))
                .put("/api/fordelningsmodell/rule").then().statusCode(200).body("method", equalTo("total")).extract().header("ETag");
        try {
            JsonPath table = as(MANAGER).get("/api/fordelningsmodell").then().statusCode(200).extract().jsonPath();
            assertThat(table.getInt("totals.quotaSum")).isEqualTo(1500);
            assertThat(table.getInt("totals.cityQuota")).isEqualTo(1500);
            TopicProbe.Received e = TopicProbe.readUntil(Topics.ORGANISATION, all -> all.stream().anyMatch(r ->
                    r.subject().equals(forv.id().toString()) && r.type().equals("organisation.changed")
                            && r.data().path("quota").asInt() != 347 && !r.data().path("quota").isNull()))
                    .stream().filter(r -> r.subject().equals(forv.id().toString()) && r.data().path("quota").asInt() != 347
                            && !r.data().path("quota").isNull()).findFirst().orElseThrow();
            TopicProbe.assertConforms(e);
            assertThat(e.data().has("quotaSharePercent")).as("a total is no share of the employees").isFalse();
        } finally {
            as(ADMIN).header("If-Match", changed).body(Map.of("method", "share", "sharePercent", 5.7))
                    .put("/api/fordelningsmodell/rule").then().statusCode(200);
        }
    }

    @Test
    void accessRules() {
        given().get("/api/fordelningsmodell").then().statusCode(401);
        as(Fixtures.org("privat").provider()).get("/api/fordelningsmodell").then().statusCode(403);
        as(ANNA).get("/api/fordelningsmodell").then().statusCode(200);
        as(ANNA).header("If-Match", "\"0\"").body(Map.of("method", "total", "total", 1)).put("/api/fordelningsmodell/rule")
                .then().statusCode(403);
    }
}
