package se.arbetsmarknad.reporting;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import se.arbetsmarknad.platform.testing.TestTokens;

/**
 * Every report, in its formats and for each role, from demo-like data fed as the other services'
 * events over the real broker.
 */
@QuarkusTest
class ReportsTest {

    static final int YEAR = 2021;
    static final String UNIT = "rep-" + UUID.randomUUID().toString().substring(0, 8);
    static final String MANAGER = TestTokens.manager("maria");
    static final String ORG_A = UUID.randomUUID().toString();
    static final String ORG_B = UUID.randomUUID().toString();
    static final String ORG_C = UUID.randomUUID().toString();
    static final String ORG_D = UUID.randomUUID().toString();
    static final String GOAL_BIG = UUID.randomUUID().toString();
    static final String GOAL_SMALL = UUID.randomUUID().toString();
    static boolean fed;

    @BeforeAll
    static void feed() {
        if (fed) {
            return;
        }
        fed = true;
        List<UUID> people = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            people.add(Feed.enrol(UNIT, i % 2 == 0 ? "K" : "M", "20-24", LocalDate.of(YEAR, 1, 4 + i)));
        }
        for (int i = 0; i < 10; i++) {
            Feed.project(people.get(i), UNIT, "iris", "usb", true, i < 6, LocalDate.of(YEAR, 2, 1));
        }
        for (int i = 0; i < 5; i++) {
            Feed.project(people.get(i + 7), UNIT, "iris-b", "insam", true, i < 2, LocalDate.of(YEAR, 2, 1));
        }
        for (int i = 0; i < 5; i++) {
            Feed.project(people.get(i), UNIT, "finsam-steget", null, true, i < 3, LocalDate.of(YEAR, 2, 15));
        }
        for (int i = 0; i < 6; i++) {
            Feed.exit(people.get(i), UNIT, "arbete", LocalDate.of(YEAR, 3 + i, 10));
        }
        organisation(ORG_A, "grundskola-" + UNIT, "Grundskoleförvaltningen", "forvaltning", "kommunal", 6095, 347);
        organisation(ORG_B, "revision-" + UNIT, "Stadsrevisionen", "forvaltning", "kommunal", 11, 1);
        organisation(ORG_D, "fritid-" + UNIT, "Fritidsförvaltningen", "forvaltning", "kommunal", 399, 23);
        String placementD = placement(ORG_D, "extratjanst", 9, 9);
        for (int i = 0; i < 9; i++) {
            match(placementD, ORG_D, UUID.randomUUID(), "extratjanst");
        }
        organisation(ORG_C, "buss-" + UNIT, "Bussbolaget Syd", "privat", "privat", 300, null);
        String placementA = placement(ORG_A, "utvecklingsanstallning", 8, 8);
        String placementB = placement(ORG_B, "osa", 2, 2);
        String summerA = placement(ORG_A, "feriepraktik", 10, 7);
        String summerC = placement(ORG_C, "feriepraktik", 5, 2);
        for (int i = 0; i < 6; i++) {
            match(placementA, ORG_A, people.get(i), "utvecklingsanstallning");
        }
        for (int i = 0; i < 2; i++) {
            match(placementB, ORG_B, people.get(6 + i), "osa");
        }
        for (int i = 0; i < 7; i++) {
            match(summerA, ORG_A, people.get(i), "feriepraktik");
        }
        for (int i = 0; i < 2; i++) {
            match(summerC, ORG_C, people.get(8 + i), "feriepraktik");
        }
        goal(GOAL_BIG, "Anställningar med stöd", "200", 143, 210, "JA", null, "Flera förvaltningar har tagit emot");
        goal(GOAL_SMALL, "Möjliggöra ett ASF", "1", 3, 4, "OSAKERT", "NEJ", "Utredning pågår");
    }

    static void organisation(String id, String code, String name, String kind, String sector, int employees, Integer quota) {
        Map<String, Object> d = new HashMap<>();
        d.put("organisationId", id);
        d.put("code", code);
        d.put("name", name);
        d.put("kind", kind);
        d.put("sector", sector);
        d.put("employees", employees);
        d.put("employeesOn", YEAR + "-04-01");
        d.put("quota", quota);
        Feed.send("organisation.events.v1", "organisation.registered", id, d);
    }

    static String placement(String org, String kind, int seats, int filled) {
        String id = UUID.randomUUID().toString();
        Map<String, Object> d = new HashMap<>();
        d.put("placementId", id);
        d.put("organisationId", org);
        d.put("kind", kind);
        d.put("ssyk", "5120");
        d.put("seats", seats);
        d.put("seatsFilled", filled);
        d.put("periodStart", YEAR + "-01-01");
        d.put("periodEnd", (YEAR + 5) + "-12-31");
        d.put("status", filled >= seats ? "filled" : "open");
        d.put("municipality", "Malmö");
        Feed.send("placement.events.v1", "placement.published", id, d);
        return id;
    }

    static void match(String placement, String org, UUID participant, String kind) {
        String id = UUID.randomUUID().toString();
        Map<String, Object> d = new HashMap<>();
        d.put("matchId", id);
        d.put("placementId", placement);
        d.put("organisationId", org);
        d.put("participantId", participant.toString());
        d.put("unit", UNIT);
        d.put("kind", kind);
        d.put("on", YEAR + "-06-01");
        d.put("startDate", YEAR + "-06-15");
        d.put("endDate", (YEAR + 5) + "-06-14");
        Feed.send("match.events.v1", "match.started", id, d);
    }

    static void goal(String id, String title, String target, int actual, int forecast, String computed, String judgement,
            String comment) {
        Map<String, Object> d = new HashMap<>();
        d.put("goalId", id);
        d.put("planId", UUID.randomUUID().toString());
        d.put("title", title);
        d.put("statistic", "supported-employments-started");
        d.put("year", YEAR);
        d.put("unit", "count");
        d.put("target", target);
        d.put("targetKind", "value");
        Feed.send("goal.events.v1", "goal.defined", id, d);
        Map<String, Object> e = new HashMap<>();
        e.put("goalId", id);
        e.put("year", YEAR);
        e.put("asOf", YEAR + "-08-31");
        e.put("actual", actual);
        e.put("forecast", forecast);
        e.put("computedStatus", computed);
        e.put("judgement", judgement);
        e.put("judgementComment", comment);
        e.put("judgedBy", judgement == null ? null : "maria.chef");
        e.put("judgedAt", judgement == null ? null : YEAR + "-09-05T10:00:00Z");
        Feed.send("goal.events.v1", "goal.evaluated", id, e);
    }

    static JsonPath report(String path, String token, String query, String check, Object expected) {
        JsonPath[] last = new JsonPath[1];
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).untilAsserted(() -> {
            last[0] = given().auth().oauth2(token).get("/api/reports/" + path + (query.isEmpty() ? "" : "?" + query)).then().statusCode(200)
                    .extract().jsonPath();
            assertThat((Object) last[0].get(check)).isEqualTo(expected);
        });
        return last[0];
    }

    static byte[] bytes(String url, String token, String contentType) {
        return given().auth().oauth2(token).get(url).then().statusCode(200).contentType(contentType).extract().asByteArray();
    }

    static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void interimReportInLundsFormWithSmallActualsHidden() throws Exception {
        JsonPath t = report("interim", MANAGER, "year=" + YEAR, "rows.find { it.goal == 'Anställningar med stöd' }.actual", 143);
        Map<String, Object> big = t.getMap("rows.find { it.goal == 'Anställningar med stöd' }");
        assertThat(big).containsEntry("target", "200").containsEntry("forecast", 210).containsEntry("willMeet", "Ja")
                .containsEntry("asOf", YEAR + "-08-31");
        report("interim", MANAGER, "year=" + YEAR, "rows.find { it.goal == 'Möjliggöra ett ASF' }.willMeet", "Nej");
        Map<String, Object> small = given().auth().oauth2(MANAGER).get("/api/reports/interim?year=" + YEAR).then()
                .extract().jsonPath().getMap("rows.find { it.goal == 'Möjliggöra ett ASF' }");
        assertThat(small.get("actual")).as("3 persons").isNull();
        assertThat(small.get("forecast")).as("extrapolated from a hidden actual").isNull();
        assertThat(small).containsEntry("computed", "Osäkert").containsEntry("comment", "Utredning pågår");

        String text = pdfText(bytes("/api/reports/interim?year=" + YEAR + "&format=pdf", MANAGER, "application/pdf"));
        assertThat(text).contains("Delårsrapport " + YEAR).contains("Anställningar med stöd").contains("143")
                .contains("Kommer att klara").contains("..");
        given().auth().oauth2(TestTokens.caseOfficer("anna", UNIT)).get("/api/reports/interim").then().statusCode(403);
        given().auth().oauth2(TestTokens.provider("greta", "x")).get("/api/reports/interim").then().statusCode(403);
        given().get("/api/reports/interim").then().statusCode(401);
        given().auth().oauth2(MANAGER).get("/api/reports/interim?year=20x1").then().statusCode(400)
                .body("errors[0].field", equalTo("year"));
    }

    @Test
    void allocationTableLikeMalmoTabell1() throws Exception {
        // Tabell 1 form. Stadsrevisionen's 2 is hidden; with the total shown, one more cell of the column
        // must be hidden too (the smallest: Grundskoleförvaltningen's 6), and the percentages with them.
        JsonPath t = report("allocation", MANAGER, "asOf=" + YEAR + "-09-28",
                "rows.find { it.organisation == 'Fritidsförvaltningen' }.employed", 9);
        Map<String, Object> a = t.getMap("rows.find { it.organisation == 'Grundskoleförvaltningen' }");
        assertThat(a).containsEntry("employees", 6095).containsEntry("quota", 347);
        assertThat(a.get("employed")).isNull();
        assertThat(a.get("fulfilment")).isNull();
        Map<String, Object> d = t.getMap("rows.find { it.organisation == 'Fritidsförvaltningen' }");
        assertThat(((Number) d.get("fulfilment")).floatValue()).isEqualTo(39.1f);
        Map<String, Object> b = t.getMap("rows.find { it.organisation == 'Stadsrevisionen' }");
        assertThat(b.get("employed")).as("2 persons").isNull();
        assertThat(b.get("fulfilment")).as("2 of quota 1 would reveal 2").isNull();
        assertThat((Object) t.get("rows.find { it.organisation == 'Totalt (summa av raderna)' }.employed")).isEqualTo(17);
        // The attack: total minus the shown rows leaves two unknowns (6 + 2), not one.
        List<Map<String, Object>> rows = t.getList("rows");
        assertThat(rows.stream().filter(r -> r.get("employed") == null).count()).isGreaterThanOrEqualTo(2);
        byte[] xlsx = bytes("/api/reports/allocation?asOf=" + YEAR + "-09-28&format=xlsx", MANAGER,
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Förvaltning");
            boolean found = false;
            for (var row : sheet) {
                if (row.getCell(0) != null && "Stadsrevisionen".equals(row.getCell(0).getStringCellValue())) {
                    assertThat(row.getCell(3).getStringCellValue()).isEqualTo("..");
                    found = true;
                }
            }
            assertThat(found).isTrue();
        }
        given().auth().oauth2(TestTokens.caseOfficer("anna", UNIT)).get("/api/reports/allocation").then().statusCode(403);
    }

    @Test
    void costProjectionReproducesMalmoTabell2() throws Exception {
        String volumes = "utvecklingsanstallning:10,osa:10,nystartsjobb:10";
        JsonPath t = given().auth().oauth2(MANAGER).get("/api/reports/cost-projection?year=2026&volumes=" + volumes)
                .then().statusCode(200).extract().jsonPath();
        assertThat(t.getDouble("rows.find { it.kind == 'Utvecklingsanställning (UVA)' }.cost")).isEqualTo(632_400.0);
        assertThat(t.getDouble("rows.find { it.kind == 'Offentligt skyddad anställning (OSA)' }.cost")).isEqualTo(876_000.0);
        assertThat(t.getDouble("rows.find { it.kind == 'Nystartsjobb (NYS)' }.cost")).isEqualTo(1_740_000.0);
        assertThat(t.getDouble("rows.find { it.kind == 'Ackumulerad lönekostnad' }.cost")).isEqualTo(3_248_400.0);
        String text = pdfText(bytes("/api/reports/cost-projection?year=2026&format=pdf&volumes=" + volumes, MANAGER,
                "application/pdf"));
        assertThat(text).contains("632 400 kr").contains("3 248 400 kr");
        String csv = given().auth().oauth2(MANAGER).get("/api/reports/cost-projection?year=2026&format=csv&volumes="
                + volumes).then().statusCode(200).extract().asString();
        assertThat(csv).contains("Ackumulerad lönekostnad;30;;3248400");
        given().auth().oauth2(MANAGER).get("/api/reports/cost-projection?volumes=uva:x").then().statusCode(400)
                .body("errors[0].field", equalTo("volumes"));
        given().auth().oauth2(MANAGER).get("/api/reports/cost-projection?volumes=okand:3").then().statusCode(400);
    }

    @Test
    void costProjectionInTabell2sOwnFormHasEveryFigureOfTheSeed() throws Exception {
        // Malmö Tabell 2: volume, UVA á 5 270, OSA á 7 300, NYS á 14 500 kr/month a year, and their sum.
        long[][] tabell2 = {{10, 632_400, 876_000, 1_740_000, 3_248_400}, {20, 1_264_800, 1_752_000, 3_480_000, 6_496_800},
                {30, 1_897_200, 2_628_000, 5_220_000, 9_745_200}, {40, 2_529_600, 3_504_000, 6_960_000, 12_993_600},
                {50, 3_162_000, 4_380_000, 8_700_000, 16_242_000}, {100, 6_324_000, 8_760_000, 17_400_000, 32_484_000},
                {200, 12_648_000, 17_520_000, 34_800_000, 64_968_000}, {300, 18_972_000, 26_280_000, 52_200_000, 97_452_000}};
        JsonPath t = given().auth().oauth2(MANAGER).get("/api/reports/cost-projection?year=2020&steps=10,20,30,40,50,100,200,300")
                .then().statusCode(200).extract().jsonPath();
        assertThat(t.getList("rows")).hasSize(tabell2.length);
        for (int i = 0; i < tabell2.length; i++) {
            assertThat(t.getLong("rows[" + i + "].volume")).isEqualTo(tabell2[i][0]);
            assertThat(t.getDouble("rows[" + i + "].utvecklingsanstallning")).isEqualTo((double) tabell2[i][1]);
            assertThat(t.getDouble("rows[" + i + "].osa")).isEqualTo((double) tabell2[i][2]);
            assertThat(t.getDouble("rows[" + i + "].nystartsjobb")).isEqualTo((double) tabell2[i][3]);
            assertThat(t.getDouble("rows[" + i + "].cost")).isEqualTo((double) tabell2[i][4]);
        }
        assertThat(t.getList("columns.label", String.class)).contains(
                "Total lönekostnad/år – Utvecklingsanställning (UVA) á 5 270 kr/månad",
                "Ackumulerad lönekostnad (UVA + OSA + NYS)");
        String csv = given().auth().oauth2(MANAGER).get("/api/reports/cost-projection?year=2020&format=csv&steps=10,300")
                .then().statusCode(200).extract().asString();
        assertThat(csv).contains("300;18972000;26280000;52200000;97452000");
        given().auth().oauth2(MANAGER).get("/api/reports/cost-projection?steps=10,x").then().statusCode(400)
                .body("errors[0].field", equalTo("steps"));
        given().auth().oauth2(MANAGER).get("/api/reports/cost-projection?steps=10&volumes=osa:1").then().statusCode(400)
                .body("errors[0].field", equalTo("steps"));
    }

    @Test
    void projectTableLikeLundsIris() {
        JsonPath t = report("projects", MANAGER, "project=iris&unit=" + UNIT, "rows.find { it.subProject == 'USB' }.total", 10);
        assertThat((Object) t.get("rows.find { it.subProject == 'USB' }.assistance"))
                .as("6 on assistance, so 4 without: hidden").isNull();
        JsonPath b = report("projects", MANAGER, "project=iris-b", "rows.find { it.subProject == 'INSAM' }.total", 5);
        assertThat((Object) b.get("rows.find { it.subProject == 'INSAM' }.assistance")).isNull();
        // A project without sub-projects is named in its row, not "–"
        report("projects", MANAGER, "project=finsam-steget&unit=" + UNIT, "rows.find { it.subProject == 'FINSAM-STEGET' }.total", 5);
        given().auth().oauth2(MANAGER).get("/api/reports/projects").then().statusCode(400)
                .body("errors[0].field", equalTo("project"));
        report("projects", TestTokens.caseOfficer("anna", UNIT), "project=iris", "rows.find { it.subProject == 'USB' }.total", 10);
        given().auth().oauth2(TestTokens.caseOfficer("erik", "other-unit"))
                .get("/api/reports/projects?project=iris&unit=" + UNIT).then().statusCode(404);
    }

    @Test
    void summerJobsBySectorAndGender() {
        // Municipal: 4 women and 3 men; private: 1 and 1. Both genders hidden, and then the municipal
        // total too, else the total row minus it would reveal the private 2.
        JsonPath t = report("summer-jobs", MANAGER, "year=" + YEAR + "&unit=" + UNIT,
                "rows.find { it.sector == 'Totalt' }.T", 9);
        Map<String, Object> municipal = t.getMap("rows.find { it.sector == 'Kommunal' }");
        assertThat(municipal.get("K")).as("4 women").isNull();
        assertThat(municipal.get("M")).as("3 men").isNull();
        assertThat(municipal.get("T")).as("9 − 7 would reveal the private 2").isNull();
        assertThat((Object) t.get("rows.find { it.sector == 'Privat' }.T")).isNull();
        StatisticsTest.assertAttackFails(t.getList("rows"));
        String csv = given().auth().oauth2(MANAGER).get("/api/reports/summer-jobs?format=csv&year=" + YEAR + "&unit=" + UNIT)
                .then().statusCode(200).extract().asString();
        assertThat(csv).contains("Sektor;Kvinnor;Män;Totalt").contains("Kommunal;..;..;..").contains("Totalt;..;..;9");
    }

    @Test
    void dashboardForTheMonthAndYearToDate() {
        JsonPath t = report("dashboard", MANAGER, "month=" + YEAR + "-01&unit=" + UNIT,
                "rows.find { it.statistic == 'Inskrivna unika deltagare' }.monthT", 12);
        Map<String, Object> enrolled = t.getMap("rows.find { it.statistic == 'Inskrivna unika deltagare' }");
        assertThat(enrolled).containsEntry("monthK", 6).containsEntry("monthM", 6).containsEntry("ytdT", 12);
        report("dashboard", TestTokens.caseOfficer("anna", UNIT), "month=" + YEAR + "-01",
                "rows.find { it.statistic == 'Inskrivna unika deltagare' }.monthT", 12);
        given().auth().oauth2(TestTokens.caseOfficer("erik", "other-unit"))
                .get("/api/reports/dashboard?unit=" + UNIT).then().statusCode(404);
        given().auth().oauth2(MANAGER).get("/api/reports/dashboard?month=2021-13").then().statusCode(400)
                .body("errors[0].field", equalTo("month"));
        given().auth().oauth2(TestTokens.provider("bo", "bussbolaget-syd")).get("/api/reports/dashboard").then()
                .statusCode(403);
    }

    @Test
    void aUnitNoEventHasNamedIsUnknown() {
        report("dashboard", MANAGER, "month=" + YEAR + "-01&unit=" + UNIT,
                "rows.find { it.statistic == 'Inskrivna unika deltagare' }.monthT", 12);
        String unknown = "unit=no-such-unit";
        for (String url : List.of("/api/reports/dashboard?" + unknown, "/api/reports/summer-jobs?" + unknown,
                "/api/reports/projects?project=iris&" + unknown, "/api/statistics/enrolled-unique?" + unknown,
                "/api/charts/enrolled-per-month?format=json&" + unknown,
                "/api/charts/exits-accumulated?format=json&" + unknown)) {
            given().auth().oauth2(MANAGER).get(url).then().statusCode(404).contentType("application/problem+json");
        }
        given().auth().oauth2(MANAGER).contentType("application/json")
                .body(Map.of("report", "dashboard", "format", "csv", "parameters", Map.of("unit", "no-such-unit")))
                .post("/api/exports").then().statusCode(404);
        // A known unit, and a case officer's own unit even before any event names it, still answer.
        given().auth().oauth2(MANAGER).get("/api/reports/summer-jobs?unit=" + UNIT).then().statusCode(200);
        given().auth().oauth2(TestTokens.caseOfficer("ny", "new-unit")).get("/api/reports/dashboard").then()
                .statusCode(200);
    }

    @Test
    void anExportJobTellsAPageWhatItNeedsForAProgressBarAndADownload() {
        var created = given().auth().oauth2(MANAGER).contentType("application/json")
                .body(Map.of("report", "allocation", "format", "xlsx", "parameters", Map.of("asOf", YEAR + "-09-28")))
                .post("/api/exports").then().statusCode(202).header("Retry-After", "1").extract();
        String id = created.path("id");
        assertThat((Integer) created.path("progress")).isBetween(0, 100);
        assertThat((String) created.path("createdAt")).isNotBlank();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(MANAGER).get("/api/exports/" + id)
                .then().statusCode(200).body("status", equalTo("done")));
        given().auth().oauth2(MANAGER).get("/api/exports/" + id).then().statusCode(200)
                .body("progress", equalTo(100)).body("download", equalTo("/api/exports/" + id + "/file"))
                .body("filename", equalTo("allocation.xlsx")).body("finishedAt", org.hamcrest.Matchers.notNullValue())
                .body("error", org.hamcrest.Matchers.nullValue());
        given().auth().oauth2(MANAGER).get("/api/exports/" + id + "/file").then().statusCode(200)
                .header("Content-Disposition", org.hamcrest.Matchers.containsString("allocation.xlsx"));
    }

    @Test
    void placesBySector() {
        JsonPath t = report("places", MANAGER, "", "rows.find { it.sector == 'Totalt' }.seats != null", true);
        assertThat(t.getList("rows.sector", String.class)).contains("Kommunal", "Privat");
    }

    @Test
    void chartsAsPngOfTheRequestedSizeAndSvg() throws Exception {
        report("dashboard", MANAGER, "month=" + YEAR + "-01&unit=" + UNIT,
                "rows.find { it.statistic == 'Inskrivna unika deltagare' }.monthT", 12);
        byte[] png = bytes("/api/charts/enrolled-per-month?year=" + YEAR + "&unit=" + UNIT + "&format=png&width=640&height=400",
                MANAGER, "image/png");
        var image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(640);
        assertThat(image.getHeight()).isEqualTo(400);
        String svg = given().auth().oauth2(MANAGER).get("/api/charts/exits-accumulated?years=" + (YEAR - 1) + "," + YEAR
                + "&unit=" + UNIT).then().statusCode(200).contentType("image/svg+xml").extract().asString();
        assertThat(svg).contains("<svg").contains("Avslut till arbete eller studier");
        // One exit a month from March to August: each month is 1, so accumulated values must hide enough
        // that no single month can be read off as a difference of two shown values.
        JsonPath data = given().auth().oauth2(MANAGER).get("/api/charts/exits-accumulated?format=json&years=" + YEAR
                + "&unit=" + UNIT).then().statusCode(200).extract().jsonPath();
        List<Integer> shown = data.getList("rows.'" + YEAR + "'");
        for (int m = 1; m < shown.size(); m++) {
            if (shown.get(m) != null && shown.get(m - 1) != null) {
                int difference = shown.get(m) - shown.get(m - 1);
                assertThat(difference < 1 || difference > 4).as("month %d difference %d", m + 1, difference).isTrue();
            }
        }
        given().auth().oauth2(MANAGER).get("/api/charts/enrolled-per-month?format=gif").then().statusCode(400);
        given().auth().oauth2(MANAGER).get("/api/charts/enrolled-per-month?width=10").then().statusCode(400)
                .body("errors[0].field", equalTo("width"));
        given().auth().oauth2(TestTokens.provider("bo", "bussbolaget-syd")).get("/api/charts/enrolled-per-month")
                .then().statusCode(403);
    }

    @Test
    void koladaShapeForThePublicStatistics() {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(MANAGER)
                .get("/api/kolada/enrolled-unique?years=" + YEAR).then().statusCode(200)
                .body("values[0].values.find { it.gender == 'T' }.value", org.hamcrest.Matchers.greaterThanOrEqualTo(12)));
        JsonPath k = given().auth().oauth2(MANAGER).get("/api/kolada/exits-to-work-or-studies?years=" + YEAR)
                .then().statusCode(200).extract().jsonPath();
        assertThat(k.getString("values[0].kpi")).isEqualTo("exits-to-work-or-studies");
        assertThat(k.getString("values[0].municipality")).isEqualTo("1281");
        assertThat(k.getInt("values[0].period")).isEqualTo(YEAR);
        assertThat(k.getList("values[0].values.gender")).containsExactly("T", "K", "M");
        given().auth().oauth2(TestTokens.caseOfficer("anna", UNIT)).get("/api/kolada/enrolled-unique").then().statusCode(403);
        given().auth().oauth2(MANAGER).get("/api/kolada/nope").then().statusCode(404);
    }

    @Test
    void longExportsRunAsJobsWithProgressAndOnlyTheirOwnerSeesThem() throws Exception {
        String id = given().auth().oauth2(MANAGER).contentType("application/json")
                .body(Map.of("report", "cost-projection", "format", "pdf",
                        "parameters", Map.of("year", "2026", "volumes", "utvecklingsanstallning:10,osa:10,nystartsjobb:10")))
                .post("/api/exports").then().statusCode(202).header("Location", org.hamcrest.Matchers.containsString("/api/exports/"))
                .extract().path("id");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(MANAGER).get("/api/exports/" + id)
                .then().statusCode(200).body("status", equalTo("done")).body("progress", equalTo(100)));
        String text = pdfText(bytes("/api/exports/" + id + "/file", MANAGER, "application/pdf"));
        assertThat(text).contains("3 248 400 kr");
        given().auth().oauth2(TestTokens.manager("someone-else")).get("/api/exports/" + id).then().statusCode(404);
        given().auth().oauth2(TestTokens.admin("admin")).get("/api/exports/" + id).then().statusCode(200);
        given().auth().oauth2(MANAGER).contentType("application/json").body(Map.of("report", "nope", "format", "pdf"))
                .post("/api/exports").then().statusCode(400).body("errors[0].field", equalTo("report"));
        given().auth().oauth2(TestTokens.caseOfficer("anna", UNIT)).contentType("application/json")
                .body(Map.of("report", "interim", "format", "csv")).post("/api/exports").then().statusCode(403);
        given().auth().oauth2(TestTokens.caseOfficer("anna", UNIT)).contentType("application/json")
                .body(Map.of("report", "dashboard", "format", "xlsx", "parameters", Map.of("unit", "other-unit")))
                .post("/api/exports").then().statusCode(404);
    }
}
