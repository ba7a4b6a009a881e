package se.arbetsmarknad.placement;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static se.arbetsmarknad.placement.Fixtures.ADMIN;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.arbetsmarknad.platform.events.Topics;
import se.arbetsmarknad.platform.testing.TopicProbe;

@QuarkusTest
class BulkRegistrationTest {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String HEADER = "kind;title;ssyk;seats;periodStart;periodEnd;place;hoursPerWeek;ageMin;ageMax;drivingLicence;publish\n";

    static int count(Fixtures.Org org) {
        return given().auth().oauth2(ADMIN).get("/api/placements?organisationId=" + org.id()).then().extract().path("total");
    }

    @Test
    void aCsvOfSummerJobsIsRegisteredWithAReportPerRow() {
        Fixtures.Org org = Fixtures.org("forvaltning");
        String csv = HEADER
                + "feriepraktik;Feriepraktik – skolgård;9629;40;2026-06-15;2026-07-10;Rosengårdsskolan;30;16;19;nej;ja\n"
                + "feriepraktik;Feriepraktik – kök;9412;25;2026-06-15;2026-07-10;Möllevångsskolan;30,5;16;19;nej;ja\n"
                + "praktik;Elevassistent;5312;3;2026-08-17;2026-12-18;Kroksbäcksskolan;40;;;nej;nej\n";
        given().auth().oauth2(org.provider()).contentType("text/csv").body(csv).post("/api/placements/bulk")
                .then().statusCode(201).body("created", equalTo(3)).body("results.row", equalTo(List.of(2, 3, 4)))
                .body("results.status", hasItems("created"));
        assertThat(count(org)).isEqualTo(3);
        var published = TopicProbe.readUntil(Topics.PLACEMENT, all -> all.stream()
                .filter(r -> r.type().equals("placement.published") && r.data().path("organisationId").asText().equals(org.id().toString()))
                .count() >= 2);
        published.stream().filter(r -> r.data().path("organisationId").asText().equals(org.id().toString()))
                .forEach(TopicProbe::assertConforms);
    }

    @Test
    void oneBadRowAndNothingIsWrittenWhileEveryErrorIsNamed() {
        Fixtures.Org org = Fixtures.org("forvaltning");
        String csv = HEADER
                + "feriepraktik;Feriepraktik – park;9629;10;2026-06-15;2026-07-10;Pildammsparken;30;16;19;nej;ja\n"
                + "feriepraktik;Okänt yrke;9999;10;2026-06-15;2026-07-10;Centrum;30;16;19;nej;ja\n"
                + "feriepraktik;Baklänges;9629;10;2026-07-15;2026-06-10;Centrum;trettio;16;19;kanske;ja\n";
        given().auth().oauth2(ADMIN).contentType("text/csv").body(csv).post("/api/placements/bulk?organisationId=" + org.id())
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("rows[3].ssyk", "rows[4].hoursPerWeek", "rows[4].requirements.drivingLicence"));
        // the period check runs once the row can be read
        String backwards = HEADER + "feriepraktik;Baklänges;9629;10;2026-07-15;2026-06-10;Centrum;30;16;19;nej;ja\n";
        given().auth().oauth2(ADMIN).contentType("text/csv").body(backwards).post("/api/placements/bulk?organisationId=" + org.id())
                .then().statusCode(400).body("errors.field", hasItem("rows[2].periodEnd"));
        assertThat(count(org)).isZero();
        String unknownColumn = "kind,title,ssyk,seats,periodStart,periodEnd,lön\npraktik,X,9629,1,2026-06-15,2026-07-10,100\n";
        given().auth().oauth2(ADMIN).contentType("text/csv").body(unknownColumn).post("/api/placements/bulk?organisationId=" + org.id())
                .then().statusCode(400).body("errors.field", hasItem("file"));
    }

    @Test
    void anExcelWorkbookWithDateCellsIsRead() throws Exception {
        Fixtures.Org org = Fixtures.org("forvaltning");
        byte[] xlsx;
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("Platser");
            CellStyle dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            String[] header = {"Kind", "Title", "SSYK", "Seats", "PeriodStart", "PeriodEnd", "Publish"};
            Row h = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                h.createCell(i).setCellValue(header[i]);
            }
            for (int r = 1; r <= 2; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue("extratjanst");
                row.createCell(1).setCellValue("Vaktmästare " + r);
                row.createCell(2).setCellValue(9622); // a numeric cell, as Excel keeps codes typed as numbers
                row.createCell(3).setCellValue(2);
                row.createCell(4).setCellValue(LocalDate.of(2026, 9, 1));
                row.getCell(4).setCellStyle(dateStyle);
                row.createCell(5).setCellValue(LocalDate.of(2027, 8, 31));
                row.getCell(5).setCellStyle(dateStyle);
                row.createCell(6).setCellValue("ja");
            }
            wb.write(out);
            xlsx = out.toByteArray();
        }
        given().auth().oauth2(ADMIN).contentType(XLSX).body(xlsx).post("/api/placements/bulk?organisationId=" + org.id() + "&dryRun=true")
                .then().statusCode(200).body("dryRun", equalTo(true)).body("created", equalTo(0));
        assertThat(count(org)).isZero();
        given().auth().oauth2(ADMIN).contentType(XLSX).body(xlsx).post("/api/placements/bulk?organisationId=" + org.id())
                .then().statusCode(201).body("created", equalTo(2));
        given().auth().oauth2(ADMIN).get("/api/placements?organisationId=" + org.id()).then()
                .body("items.periodStart", hasItem("2026-09-01")).body("items.ssyk", hasItem("9622")).body("items.status", hasItem("open"));
        given().auth().oauth2(ADMIN).contentType(XLSX).body(new byte[] {1, 2, 3}).post("/api/placements/bulk?organisationId=" + org.id())
                .then().statusCode(400).body("errors.field", hasItem("file"));
    }

    @Test
    void accessRules() {
        Fixtures.Org mine = Fixtures.org("forvaltning");
        Fixtures.Org other = Fixtures.org("forvaltning");
        String csv = HEADER + "praktik;X;9629;1;2026-06-15;2026-07-10;;;;;nej;nej\n";
        given().contentType("text/csv").body(csv).post("/api/placements/bulk").then().statusCode(401);
        // another organisation is answered exactly as an unknown one (issue 14: no existence leaks)
        var forOther = given().auth().oauth2(mine.provider()).contentType("text/csv").body(csv)
                .post("/api/placements/bulk?organisationId=" + other.id()).then().statusCode(400)
                .body("errors.field", hasItem("organisationId")).extract().jsonPath();
        var forUnknown = given().auth().oauth2(mine.provider()).contentType("text/csv").body(csv)
                .post("/api/placements/bulk?organisationId=" + java.util.UUID.randomUUID()).then().statusCode(400).extract().jsonPath();
        assertThat(forOther.getString("detail")).isEqualTo(forUnknown.getString("detail"));
        assertThat(forOther.getList("errors")).isEqualTo(forUnknown.getList("errors"));
        given().auth().oauth2(Fixtures.MANAGER).contentType("text/csv").body(csv).post("/api/placements/bulk?organisationId=" + other.id())
                .then().statusCode(403);
        given().auth().oauth2(ADMIN).contentType("text/csv").body(csv).post("/api/placements/bulk")
                .then().statusCode(400).body("errors.field", hasItem("organisationId"));
        assertThat(count(other)).isZero();
    }
}
