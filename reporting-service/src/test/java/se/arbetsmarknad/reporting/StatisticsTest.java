package se.arbetsmarknad.reporting;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import se.arbetsmarknad.platform.testing.TestTokens;
import se.arbetsmarknad.platform.testing.TopicProbe;

/** The read model from participant events over the real broker, the catalogue, access and publication. */
@QuarkusTest
class StatisticsTest {

    static final int YEAR = 2019;
    static final String UNIT = "stat-" + UUID.randomUUID().toString().substring(0, 8);
    static final String MANAGER = TestTokens.manager("maria");
    static boolean fed;

    @BeforeAll
    static void feed() {
        if (fed) {
            return;
        }
        fed = true;
        List<UUID> women = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            women.add(Feed.enrol(UNIT, "K", "20-24", LocalDate.of(YEAR, 2, 3 + i)));
        }
        List<UUID> men = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            men.add(Feed.enrol(UNIT, "M", "25-29", LocalDate.of(YEAR, 2, 10 + i)));
        }
        for (int i = 0; i < 6; i++) {
            Feed.intervention(women.get(i), UNIT, "praktik", "praktik", LocalDate.of(YEAR, 3, 1 + i));
        }
        for (int i = 0; i < 5; i++) {
            Feed.exit(women.get(i), UNIT, i < 3 ? "arbete" : "studier", LocalDate.of(YEAR, 4, 20));
        }
    }

    static JsonPath statistic(String id, String query) {
        return given().auth().oauth2(MANAGER).get("/api/statistics/" + id + "?year=" + YEAR + "&unit=" + UNIT + query)
                .then().statusCode(200).extract().jsonPath();
    }

    static JsonPath awaitStatistic(String id, String query, String path, Object expected) {
        JsonPath[] last = new JsonPath[1];
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).untilAsserted(() -> {
            last[0] = statistic(id, query);
            assertThat((Object) last[0].get(path)).isEqualTo(expected);
        });
        return last[0];
    }

    @Test
    void catalogueListsTheSharedIds() {
        given().auth().oauth2(MANAGER).get("/api/statistics").then().statusCode(200)
                .body("id", hasItem("enrolled-unique")).body("id", hasItem("exits-to-work-or-studies"))
                .body("find { it.id == 'active-participants' }.aggregation", equalTo("last"));
        given().auth().oauth2(MANAGER).get("/api/statistics/no-such-statistic").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void enrolmentsPerMonthWithSmallCountsSuppressedAndNotRecoverable() {
        // 7 women and 3 men enrolled in February: the 3 men are hidden, and so is one more cell of the
        // row (else T − K gives M) and of every column the hidden cells sit in (else total − months).
        JsonPath t = awaitStatistic("enrolled-unique", "", "rows.find { it.period == '" + YEAR + "-02' }.T", 10);
        Map<String, Object> feb = t.getMap("rows.find { it.period == '" + YEAR + "-02' }");
        assertThat(feb.get("M")).isNull();
        assertThat(feb.get("K")).as("T − K would reveal M").isNull();
        assertAttackFails(t.getList("rows"));
        assertThat(t.getList("notes", String.class)).anyMatch(n -> n.contains(".."));
    }

    /** Tries to work out each hidden cell from its row (K + M = T) and its column (months + total). */
    static void assertAttackFails(List<Map<String, Object>> rows) {
        for (Map<String, Object> row : rows) {
            long hidden = List.of("K", "M", "T").stream().filter(g -> row.get(g) == null).count();
            assertThat(hidden).as("row %s: one hidden cell is T − K or T − M", row.get("period")).isNotEqualTo(1);
        }
        for (String g : List.of("K", "M", "T")) {
            long hidden = rows.stream().filter(r -> r.get(g) == null).count();
            assertThat(hidden).as("column %s: one hidden cell is total − the others", g).isNotEqualTo(1);
        }
    }

    @Test
    void activeParticipantsAreAStockAndExitsAFlowByReason() {
        JsonPath active = awaitStatistic("active-participants", "", "rows.find { it.period == '" + YEAR + "-04' }.T", 5);
        assertThat((Integer) active.get("rows.find { it.period == '" + YEAR + "-03' }.T")).isEqualTo(10);
        assertThat((Object) active.get("rows.find { it.period == 'Totalt' }")).as("a stock has no total row").isNull();
        JsonPath exits = awaitStatistic("exits-to-work-or-studies", "&period=year", "rows[0].K", 5);
        assertThat((Object) exits.get("rows[0].M")).isEqualTo(0);
        JsonPath byReason = statistic("exits", "&period=year&by=kind");
        assertThat((Object) byReason.get("rows.find { it.kind == 'arbete' }.K")).as("3 is suppressed").isNull();
        JsonPath interventions = awaitStatistic("internships-started", "&period=quarter", "rows[0].K", 6);
        assertThat((Object) interventions.get("rows[0].period")).isEqualTo(YEAR + "-Q1");
        JsonPath median = awaitStatistic("days-to-first-intervention", "&period=ytd", "rows[0].K", 26.0f);
        assertThat((Object) median.get("rows[0].M")).isEqualTo(0.0f);
    }

    @Test
    void longTermAssistanceStartsAfterTenMonthsAndStocksMoveWithATransfer() {
        String from = "lt-" + UUID.randomUUID().toString().substring(0, 8);
        String to = from + "-b";
        for (int i = 0; i < 6; i++) {
            UUID p = Feed.enrol(from, "K", "30-54", LocalDate.of(2018, 1, 10), LocalDate.of(2017, 6, 1));
            Feed.transfer(p, from, to, LocalDate.of(2018, 7, 1));
        }
        String url = "/api/statistics/long-term-assistance?year=2018&period=quarter&unit=";
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(MANAGER).get(url + to).then()
                .statusCode(200).body("rows.find { it.period == '2018-Q3' }.K", equalTo(6)));
        JsonPath before = given().auth().oauth2(MANAGER).get(url + from).then().statusCode(200).extract().jsonPath();
        assertThat((Object) before.get("rows.find { it.period == '2018-Q1' }.T")).as("not yet 10 months").isEqualTo(0);
        assertThat((Object) before.get("rows.find { it.period == '2018-Q2' }.T")).isEqualTo(6);
        assertThat((Object) before.get("rows.find { it.period == '2018-Q3' }.T")).as("moved away").isEqualTo(0);
        given().auth().oauth2(MANAGER).get("/api/statistics/active-participants?year=2018&period=year&unit=" + to).then()
                .statusCode(200).body("rows[0].T", equalTo(6));
    }

    @Test
    void aReopenedParticipantIsActiveAgainButEnrolledOncePerYear() {
        String unit = "ro-" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 5; i++) {
            UUID p = Feed.enrol(unit, "M", "20-24", LocalDate.of(2016, 1, 5));
            Feed.exit(p, unit, "annat", LocalDate.of(2016, 3, 1));
            Feed.reopen(p, unit, "M", "25-29", LocalDate.of(2016, 6, 1), LocalDate.of(2015, 1, 1));
        }
        String base = "/api/statistics/%s?year=2016&period=quarter&unit=" + unit;
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(MANAGER)
                .get(base.formatted("long-term-assistance")).then().statusCode(200)
                .body("rows.find { it.period == '2016-Q2' }.M", equalTo(5)));
        JsonPath active = given().auth().oauth2(MANAGER).get(base.formatted("active-participants") + "&by=ageBand")
                .then().statusCode(200).extract().jsonPath();
        assertThat((Object) active.get("rows.find { it.period == '2016-Q1' && it.ageBand == '20-24' }.M")).isEqualTo(0);
        assertThat((Object) active.get("rows.find { it.period == '2016-Q2' && it.ageBand == '25-29' }.M")).isEqualTo(5);
        given().auth().oauth2(MANAGER).get("/api/statistics/enrolled-unique?year=2016&period=year&unit=" + unit).then()
                .statusCode(200).body("rows[0].M", equalTo(5));
    }

    @Test
    void exportsTheStatisticInEveryFormat() {
        awaitStatistic("enrolled-unique", "", "rows.find { it.period == '" + YEAR + "-02' }.T", 10);
        String csv = given().auth().oauth2(MANAGER)
                .get("/api/statistics/enrolled-unique?year=" + YEAR + "&unit=" + UNIT + "&format=csv")
                .then().statusCode(200).contentType("text/csv").extract().asString();
        assertThat(csv).contains("Period;Kvinnor;Män;Totalt").contains(YEAR + "-02;..;..;10");
        given().auth().oauth2(MANAGER).get("/api/statistics/enrolled-unique?year=" + YEAR + "&format=xlsx")
                .then().statusCode(200).header("Content-Disposition", org.hamcrest.Matchers.containsString(".xlsx"));
        given().auth().oauth2(MANAGER).get("/api/statistics/enrolled-unique?year=" + YEAR + "&format=doc")
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(MANAGER).get("/api/statistics/enrolled-unique?period=week")
                .then().statusCode(400).body("errors[0].field", equalTo("period"));
        given().auth().oauth2(MANAGER).get("/api/statistics/enrolled-unique?from=2020-05-01&to=2020-01-01")
                .then().statusCode(400).body("errors[0].field", equalTo("from"));
    }

    @Test
    void caseOfficersSeeOnlyTheirUnitAndProvidersNothing() {
        awaitStatistic("enrolled-unique", "", "rows.find { it.period == '" + YEAR + "-02' }.T", 10);
        given().auth().oauth2(TestTokens.caseOfficer("anna", UNIT))
                .get("/api/statistics/enrolled-unique?year=" + YEAR + "&period=year")
                .then().statusCode(200).body("rows[0].T", equalTo(10));
        given().auth().oauth2(TestTokens.caseOfficer("erik", "other-unit"))
                .get("/api/statistics/enrolled-unique?year=" + YEAR + "&unit=" + UNIT)
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.caseOfficer("erik", "other-unit"))
                .get("/api/statistics/enrolled-unique?year=" + YEAR + "&period=year")
                .then().statusCode(200).body("rows[0].T", equalTo(0));
        given().auth().oauth2(TestTokens.provider("greta", "grundskoleforvaltningen"))
                .get("/api/statistics/enrolled-unique").then().statusCode(403);
        given().get("/api/statistics").then().statusCode(401);
    }

    @Test
    void publishesTheSeriesForGoalsService() {
        List<TopicProbe.Received> events = TopicProbe.readUntil("statistic.events.v1", all -> all.stream()
                .anyMatch(r -> r.subject().equals("active-participants:" + YEAR)
                        && r.data().path("breakdown").path("T").path(3).asInt() >= 5
                        && r.data().path("breakdown").path("K").path(1).asInt() >= 7));
        TopicProbe.Received last = events.stream().filter(r -> r.subject().equals("active-participants:" + YEAR))
                .reduce((a, b) -> b).orElseThrow();
        TopicProbe.assertConforms(last);
        assertThat(last.data().path("aggregation").asText()).isEqualTo("last");
        assertThat(last.data().path("asOf").asText()).isEqualTo(YEAR + "-12-31");
    }
}
