package se.arbetsmarknad.reporting.assistance;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import se.arbetsmarknad.platform.events.Topics;
import se.arbetsmarknad.platform.security.Roles;
import se.arbetsmarknad.platform.testing.TestTokens;
import se.arbetsmarknad.platform.testing.TopicProbe;

/**
 * Monthly figures from the financial-assistance system: imported per month and unit, idempotently (a
 * re-import replaces the month), refused whole with an error per row, and published as statistics whose
 * series (what goals-service takes its actuals from) stand as of the latest imported month.
 */
@QuarkusTest
class AssistanceImportTest {

    static final String MANAGER = TestTokens.manager("maria.chef");
    /** The financial-assistance system's service account, as Keycloak issues it for client credentials. */
    static final String SYSTEM = TestTokens.token("service-account-ekonomiskt-bistand",
            Map.of("azp", "ekonomiskt-bistand"), Roles.ASSISTANCE_IMPORT);

    static String unit() {
        return "eb-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static Map<String, Object> row(String month, String unit, long households, long women, long men) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("month", month);
        r.put("unit", unit);
        r.put("households", Map.of("T", households));
        r.put("adultRecipients", Map.of("K", women, "M", men));
        r.put("longTerm", Map.of("K", women / 2, "M", men / 2, "T", women / 2 + men / 2));
        r.put("sickListed", Map.of("K", 3, "M", 6));
        return r;
    }

    static ValidatableResponse send(String token, List<Map<String, Object>> rows) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("rows", rows))
                .post("/api/assistance-figures").then();
    }

    static JsonPath statistic(String id, int year, String unit) {
        return given().auth().oauth2(MANAGER).get("/api/statistics/" + id + "?year=" + year + "&unit=" + unit)
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void aReImportReplacesTheMonthAndTheFiguresBecomeStatistics() {
        String unit = unit();
        send(SYSTEM, List.of(row("2015-04", unit, 612, 380, 420), row("2015-05", unit, 605, 377, 418))).statusCode(200)
                .body("rows", equalTo(2)).body("months", equalTo(2)).body("results.result", contains("new", "new"));
        JsonPath households = statistic("households-with-assistance", 2015, unit);
        assertThat(households.getList("rows.T", Integer.class).subList(2, 6)).containsExactly(0, 612, 605, 0);
        assertThat(statistic("adult-assistance-recipients", 2015, unit).getInt("rows[3].T")).isEqualTo(800);

        // The same import again changes nothing; a corrected April replaces April only.
        send(SYSTEM, List.of(row("2015-04", unit, 612, 380, 420))).statusCode(200).body("results.result", contains("replaced"));
        assertThat(statistic("adult-assistance-recipients", 2015, unit).getInt("rows[3].T")).isEqualTo(800);
        send(MANAGER, List.of(row("2015-04", unit, 598, 370, 410))).statusCode(200).body("results[0].result",
                equalTo("replaced"));
        JsonPath after = statistic("households-with-assistance", 2015, unit);
        assertThat(after.getList("rows.T", Integer.class).subList(2, 6)).containsExactly(0, 598, 605, 0);
        JsonPath adults = statistic("adult-assistance-recipients", 2015, unit);
        assertThat(adults.getInt("rows[3].K")).isEqualTo(370);
        assertThat(adults.getInt("rows[3].M")).isEqualTo(410);
        assertThat(adults.getInt("rows[3].T")).isEqualTo(780);

        // Small counts are suppressed like every other statistic: 3 sick-listed women are "..".
        JsonPath sick = statistic("sick-listed-assistance-recipients", 2015, unit);
        assertThat((Object) sick.get("rows[3].K")).isNull();
        given().auth().oauth2(MANAGER).get("/api/kolada/sick-listed-assistance-recipients?years=2015").then()
                .statusCode(200).body("values[0].values.status", hasItem(".."));

        given().auth().oauth2(MANAGER).get("/api/assistance-figures/imports").then().statusCode(200)
                .body("importedBy", hasItems("service-account-ekonomiskt-bistand", "maria.chef"));
    }

    @Test
    void theSeriesForTheGoalsStandAsOfTheLatestImportedMonth() {
        String unit = unit();
        send(SYSTEM, List.of(row("2016-01", unit, 700, 400, 450), row("2016-02", unit, 690, 395, 445),
                row("2016-03", unit, 684, 390, 440))).statusCode(200);
        var published = TopicProbe.readUntil(Topics.STATISTIC, all -> all.stream().anyMatch(r -> isAdults2016(r)
                && r.data().path("breakdown").path("T").path(2).asDouble() >= 830));
        var last = published.stream().filter(AssistanceImportTest::isAdults2016).reduce((a, b) -> b).orElseThrow();
        TopicProbe.assertConforms(last);
        assertThat(last.data().path("asOf").asText()).isEqualTo("2016-03-31");
        assertThat(last.data().path("aggregation").asText()).isEqualTo("last");

        // A correction of March reaches the series the goals read.
        send(SYSTEM, List.of(row("2016-03", unit, 684, 380, 430))).statusCode(200);
        TopicProbe.readUntil(Topics.STATISTIC, all -> all.stream().anyMatch(r -> isAdults2016(r)
                && r.data().path("breakdown").path("K").path(2).asDouble() == last.data().path("breakdown").path("K")
                        .path(2).asDouble() - 10));
    }

    static boolean isAdults2016(TopicProbe.Received r) {
        return r.type().equals("statistic.series-updated")
                && r.data().path("statistic").asText().equals("adult-assistance-recipients")
                && r.data().path("year").asInt() == 2016;
    }

    @Test
    void oneFailingRowAndNothingIsImportedWithEveryErrorNamed() {
        String unit = unit();
        Map<String, Object> tooFewTotal = row("2017-02", unit, 500, 300, 300);
        tooFewTotal.put("adultRecipients", Map.of("K", 300, "M", 300, "T", 550));
        Map<String, Object> householdsByGender = row("2017-03", unit, 500, 300, 300);
        householdsByGender.put("households", Map.of("K", 200, "T", 500));
        Map<String, Object> partAboveWhole = row("2017-04", unit, 500, 300, 300);
        partAboveWhole.put("longTerm", Map.of("K", 301, "M", 10));
        Map<String, Object> future = row("2099-01", unit, 500, 300, 300);
        List<Map<String, Object>> rows = List.of(row("2017-01", unit, 500, 300, 300), tooFewTotal, householdsByGender,
                partAboveWhole, row("2017-01", unit, 100, 100, 100), future);
        send(MANAGER, rows).statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("rows[1].adultRecipients.T", "rows[2].households.T",
                        "rows[3].longTerm.K", "rows[4].month", "rows[5].month"));
        // Nothing was written: not even the unit is known to the reports.
        given().auth().oauth2(MANAGER).get("/api/statistics/households-with-assistance?year=2017&unit=" + unit).then()
                .statusCode(404);
        given().auth().oauth2(MANAGER).get("/api/assistance-figures/imports?limit=500").then()
                .body("firstMonth", not(hasItem("2017-01")));

        // Bounds and types are checked before the rules: a negative count, a bad month, an empty import.
        Map<String, Object> negative = row("2017-05", unit, 500, 300, 300);
        negative.put("sickListed", Map.of("K", -1));
        send(MANAGER, List.of(negative)).statusCode(400).body("errors.field", hasItem("rows[0].sickListed.K"));
        send(MANAGER, List.of(row("2017-13", unit, 1, 1, 1))).statusCode(400).body("errors.field", hasItem("rows[0].month"));
        send(MANAGER, List.of()).statusCode(400);

        // A dry run reports per row and writes nothing.
        given().auth().oauth2(MANAGER).contentType(ContentType.JSON).body(Map.of("rows", List.of(row("2017-06", unit, 9, 9, 9))))
                .post("/api/assistance-figures?dryRun=true").then().statusCode(200).body("dryRun", equalTo(true))
                .body("results[0].result", equalTo("new"));
        given().auth().oauth2(MANAGER).get("/api/statistics/households-with-assistance?year=2017&unit=" + unit).then()
                .statusCode(404);
    }

    @Test
    void onlyTheSystemClientAManagerOrAnAdminImports() {
        List<Map<String, Object>> rows = List.of(row("2018-01", unit(), 10, 10, 10));
        send(TestTokens.caseOfficer("anna.handlaggare", "unga-18-24"), rows).statusCode(403);
        send(TestTokens.provider("greta", "grundskoleforvaltningen"), rows).statusCode(403);
        given().contentType(ContentType.JSON).body(Map.of("rows", rows)).post("/api/assistance-figures").then()
                .statusCode(401);
        send(TestTokens.admin("admin"), rows).statusCode(200);
        // The system client may import and nothing else.
        given().auth().oauth2(SYSTEM).get("/api/statistics/households-with-assistance").then().statusCode(403);
        given().auth().oauth2(SYSTEM).get("/api/reports/dashboard").then().statusCode(403);
    }
}
