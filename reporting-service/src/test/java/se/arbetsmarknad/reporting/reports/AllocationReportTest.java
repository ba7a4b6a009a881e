package se.arbetsmarknad.reporting.reports;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import se.arbetsmarknad.platform.domain.QuotaShare;
import se.arbetsmarknad.platform.testing.TestTokens;
import se.arbetsmarknad.reporting.Feed;

/**
 * Malmö's Tabell 1 as the fördelningsmodell report shows it: each förvaltning's quota (5,7 % of its
 * employees, rounded per row), the sum of those rounded rows and the city's own quota (5,7 % of all
 * employees) each named, and the people employed on the table's day counted also when their employment
 * has ended since — as the demo's history does, whose employments all end after 2020-09-28.
 */
@QuarkusTest
class AllocationReportTest {

    static final String MANAGER = TestTokens.manager("maria");
    static final String SUFFIX = " (T1 " + UUID.randomUUID().toString().substring(0, 4) + ")";
    static final String FRITID = "Fritidsförvaltningen" + SUFFIX;
    /** Tabell 1: förvaltning, employees April 2020, 5,7 % of them. */
    static final Object[][] TABELL_1 = {{"Stadsrevisionen", 11, 1}, {"Stadsbyggnadskontoret", 217, 12},
            {"Serviceförvaltningen", 1652, 94}, {"Fastighets- och gatukontoret", 469, 27}, {"Fritidsförvaltningen", 399, 23},
            {"Miljöförvaltningen", 183, 10}, {"Stadskontoret", 332, 19}, {"Kulturförvaltningen", 597, 34},
            {"Gymnasie- och vuxenutbildningsförvaltningen", 1584, 90}, {"Grundskoleförvaltningen", 6095, 347},
            {"Förskoleförvaltningen", 4683, 267}, {"Hälsa-, vård- och omsorgsförvaltningen", 5318, 303},
            {"ASF inkl. interna arbetslag (AMA)", 2331, 133}, {"Funktionsstödsförvaltningen", 2719, 155}};
    static final BigDecimal SHARE = new BigDecimal("5.7");
    static String fritid;

    @BeforeAll
    static void feed() {
        if (fritid != null) {
            return;
        }
        for (Object[] row : TABELL_1) {
            String id = UUID.randomUUID().toString();
            Map<String, Object> d = new HashMap<>();
            d.put("organisationId", id);
            d.put("code", "t1-" + UUID.randomUUID().toString().substring(0, 8));
            d.put("name", row[0] + SUFFIX);
            d.put("kind", "forvaltning");
            d.put("sector", "kommunal");
            d.put("employees", row[1]);
            d.put("employeesOn", "2020-04-30");
            d.put("quota", row[2]);
            d.put("quotaSharePercent", SHARE);
            Feed.send("organisation.events.v1", "organisation.registered", id, d);
            if (row[0].equals("Fritidsförvaltningen")) {
                fritid = id;
            }
        }
        // Employed on 2020-09-28: six whose employments ended since (on 2020-12-31), not the one that ended
        // on 2020-09-01, not the one that started on 2020-10-05, not the one accepted but never started.
        for (int i = 0; i < 6; i++) {
            ended(started("2020-01-10", "2021-01-09"), "2020-12-31");
        }
        ended(started("2020-01-10", "2021-01-09"), "2020-09-01");
        started("2020-10-05", "2021-03-31");
        match("match.accepted", UUID.randomUUID().toString(), "2020-01-10", "2021-01-09");
    }

    static String started(String on, String plannedEnd) {
        String id = UUID.randomUUID().toString();
        match("match.accepted", id, on, plannedEnd);
        match("match.started", id, on, plannedEnd);
        return id;
    }

    static void match(String type, String id, String on, String plannedEnd) {
        Map<String, Object> d = new HashMap<>(Map.of("matchId", id, "placementId", UUID.randomUUID().toString(),
                "organisationId", fritid, "participantId", UUID.randomUUID().toString(), "unit", "t1-unit",
                "kind", "extratjanst", "on", on, "startDate", on, "endDate", plannedEnd));
        Feed.send("match.events.v1", type, id, d);
    }

    static void ended(String id, String on) {
        Map<String, Object> d = new HashMap<>(Map.of("matchId", id, "placementId", UUID.randomUUID().toString(),
                "organisationId", fritid, "participantId", UUID.randomUUID().toString(), "unit", "t1-unit",
                "kind", "extratjanst", "on", on, "endedOn", on, "reason", "fullfoljd"));
        Feed.send("match.events.v1", "match.ended", id, d);
    }

    static JsonPath table(String asOf) {
        return given().auth().oauth2(MANAGER).get("/api/reports/allocation?asOf=" + asOf).then().statusCode(200)
                .extract().jsonPath();
    }

    @Test
    void employedOnTheTablesDayCountsEmploymentsThatHaveEndedSince() {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                (Object) table("2020-12-31").get("rows.find { it.organisation == '" + FRITID + "' }.employed")).isEqualTo(7));
        Map<String, Object> row = table("2020-09-28").getMap("rows.find { it.organisation == '" + FRITID + "' }");
        assertThat(row).containsEntry("employed", 6).containsEntry("quota", 23);
        assertThat(((Number) row.get("fulfilment")).floatValue()).isEqualTo(26.1f); // 6 of 23
        assertThat((Object) table("2020-01-09").get("rows.find { it.organisation == '" + FRITID + "' }.employed"))
                .as("before anyone started").isEqualTo(0);
        assertThat((Object) table("2021-01-01").get("rows.find { it.organisation == '" + FRITID + "' }.employed"))
                .as("only the one started on 2020-10-05: 1 person, hidden").isNull();
    }

    @Test
    void theTotalShowsTheSumOfTheRoundedRowsAndTheCitysOwnQuotaEachNamed() {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(table("2020-09-28")
                .getList("rows.findAll { it.organisation.endsWith('" + SUFFIX + "') }")).hasSize(TABELL_1.length));
        JsonPath t = table("2020-09-28");
        List<Map<String, Object>> malmo = t.getList("rows.findAll { it.organisation.endsWith('" + SUFFIX + "') }");
        for (Object[] row : TABELL_1) {
            assertThat((Object) t.get("rows.find { it.organisation == '" + row[0] + SUFFIX + "' }.quota")).as((String) row[0])
                    .isEqualTo(row[2]);
        }
        // Tabell 1's own figures: the rows rounded one by one add up to 1 515, the share of all 26 590 is 1 516.
        assertThat(malmo.stream().mapToInt(r -> (Integer) r.get("quota")).sum()).isEqualTo(1515);
        assertThat(malmo.stream().mapToInt(r -> (Integer) r.get("employees")).sum()).isEqualTo(26_590);
        assertThat(QuotaShare.of(26_590, SHARE)).isEqualTo(1516);

        // The report names both: the total of the rows, and the city's quota of the same employees.
        List<Map<String, Object>> rows = t.getList("rows");
        Map<String, Object> total = t.getMap("rows.find { it.organisation == 'Totalt (summa av raderna)' }");
        long rowsQuota = rows.stream().filter(r -> r != total && !((String) r.get("organisation")).startsWith("Stadens kvot")
                && r.get("quota") instanceof Integer).mapToLong(r -> (Integer) r.get("quota")).sum();
        assertThat(((Number) total.get("quota")).longValue()).isEqualTo(rowsQuota);
        long employees = ((Number) total.get("employees")).longValue();
        Map<String, Object> city = t.getMap("rows.find { it.organisation.startsWith('Stadens kvot') }");
        assertThat(city.get("organisation")).isEqualTo("Stadens kvot (5,7 % av "
                + String.format(java.util.Locale.ROOT, "%,d", employees).replace(',', ' ') + " anställda)");
        assertThat(((Number) city.get("employees")).longValue()).isEqualTo(employees);
        assertThat(((Number) city.get("quota")).longValue()).isEqualTo(QuotaShare.of(employees, SHARE));
        assertThat(t.getList("notes", String.class)).anyMatch(n -> n.contains("avrundad per förvaltning"));
    }

    @Test
    void aDayThatIsNoDayIsA400NamingIt() {
        given().auth().oauth2(MANAGER).get("/api/reports/allocation?asOf=2020-09-31").then().statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("asOf"));
    }
}
