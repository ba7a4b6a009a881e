package se.arbetsmarknad.reporting.assistance;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static se.arbetsmarknad.reporting.assistance.AssistanceImportTest.MANAGER;
import static se.arbetsmarknad.reporting.assistance.AssistanceImportTest.SYSTEM;
import static se.arbetsmarknad.reporting.assistance.AssistanceImportTest.statistic;
import static se.arbetsmarknad.reporting.assistance.AssistanceImportTest.unit;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import se.arbetsmarknad.platform.events.Topics;
import se.arbetsmarknad.platform.testing.TestTokens;
import se.arbetsmarknad.platform.testing.TopicProbe;

/**
 * The monthly figures uploaded as a sheet, as a manager saves them from Excel: CSV and XLSX read by platform's
 * one sheet reader, checked by the same rules as the JSON import, a dry run reporting per row before
 * anything is written, every error naming the file's row and column, a re-upload replacing the month, and
 * the figures reaching the series goals-service takes its actuals from.
 */
@QuarkusTest
class AssistanceSheetTest {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String HEADER = "manad;enhet;hushall;vuxna_k;vuxna_m;vuxna_t;langvarigt_k;langvarigt_m;sjukskrivna_t\n";

    static ValidatableResponse upload(String token, String type, byte[] body, String query) {
        return given().auth().oauth2(token).contentType(type).body(body)
                .post("/api/assistance-figures/sheet" + query).then();
    }

    static ValidatableResponse csv(String token, String csv, String query) {
        return upload(token, "text/csv; charset=UTF-8", csv.getBytes(java.nio.charset.StandardCharsets.UTF_8), query);
    }

    @Test
    void aCsvIsReportedPerRowOnADryRunAndImportedOnConfirm() {
        String unit = unit();
        String csv = HEADER
                + "2011-04;" + unit + ";612;380;420;;190;210;9\n"
                + ";;;;;;;;\n" // an empty row, as Excel saves it: skipped, and the rows after keep their numbers
                + "2011-05;" + unit + ";605;377;418;800;188;209;11\n";
        csv(MANAGER, csv, "?dryRun=true&filename=bistand-april-maj.csv").statusCode(200).body("dryRun", equalTo(true))
                .body("importId", nullValue()).body("rows", equalTo(2)).body("results.row", contains(2, 4))
                .body("results.month", contains("2011-04", "2011-05")).body("results.result", contains("new", "new"));
        // Nothing written by the dry run: the reports do not know the unit.
        given().auth().oauth2(MANAGER).get("/api/statistics/households-with-assistance?year=2011&unit=" + unit).then()
                .statusCode(404);

        csv(MANAGER, csv, "?filename=bistand-april-maj.csv").statusCode(200).body("dryRun", equalTo(false))
                .body("importId", not(nullValue())).body("results.result", contains("new", "new"));
        JsonPath households = statistic("households-with-assistance", 2011, unit);
        assertThat(households.getList("rows.T", Integer.class).subList(2, 6)).containsExactly(0, 612, 605, 0);
        JsonPath adults = statistic("adult-assistance-recipients", 2011, unit);
        assertThat(adults.getInt("rows[3].K")).isEqualTo(380);
        assertThat(adults.getInt("rows[3].T")).isEqualTo(800);
        assertThat(adults.getInt("rows[4].T")).isEqualTo(800); // 377 + 418 and 5 people without gender
        assertThat(statistic("long-term-assistance-recipients", 2011, unit).getInt("rows[3].T")).isEqualTo(400);
        assertThat(statistic("sick-listed-assistance-recipients", 2011, unit).getInt("rows[4].T")).isEqualTo(11);

        JsonPath imports = given().auth().oauth2(MANAGER).get("/api/assistance-figures/imports").then().statusCode(200)
                .extract().jsonPath();
        assertThat(imports.getString("find { it.filename == 'bistand-april-maj.csv' }.source")).isEqualTo("upload");
        assertThat(imports.getString("find { it.filename == 'bistand-april-maj.csv' }.importedBy")).isEqualTo("maria.chef");
        assertThat(imports.getString("find { it.filename == 'bistand-april-maj.csv' }.lastMonth")).isEqualTo("2011-05");
    }

    @Test
    void anExcelWorkbookIsReadAndAReUploadOfTheMonthReplacesIt() throws Exception {
        String unit = unit();
        byte[] june = workbook(unit, 540);
        upload(MANAGER, XLSX, june, "?dryRun=true").statusCode(200).body("results.row", contains(2))
                .body("results.month", contains("2012-06")).body("results.result", contains("new"));
        upload(TestTokens.admin("admin"), XLSX, june, "").statusCode(200).body("results.result", contains("new"));
        assertThat(statistic("adult-assistance-recipients", 2012, unit).getInt("rows[5].T")).isEqualTo(540);

        // The same file again changes nothing; a corrected June replaces June, in the dry run's report too.
        upload(MANAGER, XLSX, june, "").statusCode(200).body("results.result", contains("replaced"));
        assertThat(statistic("adult-assistance-recipients", 2012, unit).getInt("rows[5].T")).isEqualTo(540);
        byte[] corrected = workbook(unit, 530);
        upload(MANAGER, XLSX, corrected, "?dryRun=true").statusCode(200).body("results.result", contains("replaced"));
        upload(MANAGER, XLSX, corrected, "").statusCode(200).body("results.result", contains("replaced"));
        JsonPath adults = statistic("adult-assistance-recipients", 2012, unit);
        assertThat(adults.getInt("rows[5].T")).isEqualTo(530);
        assertThat(adults.getInt("rows[5].K")).isEqualTo(250);
        assertThat(statistic("households-with-assistance", 2012, unit).getInt("rows[5].T")).isEqualTo(410);

        upload(MANAGER, XLSX, new byte[] { 'P', 'K', 3, 4, 1, 2 }, "").statusCode(400)
                .contentType("application/problem+json").body("errors.field", contains("file"));
    }

    /**
     * One June row as Excel saves it: headings in any case, the month typed as 2012-06 (which Excel keeps as
     * the date 2012-06-01) and counts as number cells.
     */
    static byte[] workbook(String unit, int adults) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("Ekonomiskt bistånd");
            CellStyle monthStyle = wb.createCellStyle();
            monthStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm"));
            String[] header = { "Manad", "Enhet", "Hushall", "Vuxna_K", "Vuxna_M", "Vuxna_T", "Unga_19_24_T" };
            Row h = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                h.createCell(i).setCellValue(header[i]);
            }
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue(LocalDate.of(2012, 6, 1));
            row.getCell(0).setCellStyle(monthStyle);
            row.createCell(1).setCellValue(unit);
            row.createCell(2).setCellValue(410);
            row.createCell(3).setCellValue(250);
            row.createCell(4).setCellValue(adults - 250);
            row.createCell(5).setCellValue(adults);
            row.createCell(6).setCellValue(61);
            wb.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void oneFailingRowAndNothingIsWrittenWhileEveryRowAndColumnIsNamed() {
        String unit = unit();
        String csv = HEADER
                + "2013-01;" + unit + ";500;300;300;;150;150;9\n"   // row 2: fine
                + "2013-02;" + unit + ";500;tolv;300;;150;150;9\n"  // row 3: a cell that is no number
                + "2013-03;" + unit + ";500;300;300;550;150;150;9\n" // row 4: T below K + M
                + "2013-04;" + unit + ";500;300;300;;301;10;9\n"     // row 5: more long-term women than women
                + "2013-01;" + unit + ";100;100;100;;;;\n"            // row 6: January again
                + "2099-01;" + unit + ";500;300;300;;;;\n"            // row 7: a month to come
                + "juni;Ej En Kod;1;1;1;;;;\n";                       // row 8: neither month nor unit
        JsonPath problem = csv(MANAGER, csv, "?dryRun=true").statusCode(400).contentType("application/problem+json")
                .body("detail", startsWith("6 av 7 rader har fel; inget har importerats"))
                .body("errors.field", contains("rows[3].vuxna_k", "rows[4].vuxna_t", "rows[5].langvarigt_k",
                        "rows[6].manad", "rows[7].manad", "rows[8].manad", "rows[8].enhet"))
                .extract().jsonPath();
        assertThat(problem.getString("errors[0].message")).startsWith("ska vara ett heltal").contains("tolv");
        assertThat(problem.getString("errors[1].message")).startsWith("T är mindre än K + M");
        assertThat(problem.getString("errors[3].message")).startsWith("månaden och enheten finns redan");
        // The same file for real: refused the same way, and nothing was written, not even row 2.
        csv(MANAGER, csv, "").statusCode(400).body("errors.field", hasItem("rows[3].vuxna_k"));
        given().auth().oauth2(MANAGER).get("/api/statistics/households-with-assistance?year=2013&unit=" + unit).then()
                .statusCode(404);
        given().auth().oauth2(MANAGER).get("/api/assistance-figures/imports?limit=500").then()
                .body("firstMonth", not(hasItem("2013-01")));

        // The file as a whole: unknown or missing columns, no rows, nothing at all, too large.
        csv(MANAGER, "manad;enhet;vuxna_x\n2013-01;" + unit + ";5\n", "").statusCode(400)
                .body("errors.field", contains("file")).body("errors[0].message", startsWith("okända kolumner"));
        csv(MANAGER, "manad;vuxna_t\n2013-01;5\n", "").statusCode(400).body("errors.field", contains("file"))
                .body("errors[0].message", startsWith("kolumner saknas"));
        csv(MANAGER, HEADER, "").statusCode(400).body("errors.field", contains("file"));
        given().auth().oauth2(MANAGER).contentType("text/csv").post("/api/assistance-figures/sheet").then()
                .statusCode(400).body("errors.field", contains("file"));
        byte[] tooLarge = new byte[AssistanceResource.MAX_BYTES + 1];
        java.util.Arrays.fill(tooLarge, (byte) ';');
        upload(MANAGER, "text/csv", tooLarge, "").statusCode(400).body("errors.field", contains("file"));
        csv(MANAGER, HEADER + "2013-05;" + unit + ";1;1;1;;;;\n", "?filename=" + "x".repeat(201)).statusCode(400)
                .body("errors.field", hasItem(org.hamcrest.Matchers.containsString("filename")));
    }

    @Test
    void theUploadedFiguresReachTheSeriesTheGoalsRead() {
        String unit = unit();
        csv(MANAGER, HEADER + "2014-01;" + unit + ";700;400;450;;;;\n2014-02;" + unit + ";690;395;445;;;;\n", "")
                .statusCode(200);
        var published = TopicProbe.readUntil(Topics.STATISTIC, all -> all.stream().anyMatch(r -> isAdults2014(r)
                && r.data().path("breakdown").path("T").path(1).asDouble() >= 840));
        var last = published.stream().filter(AssistanceSheetTest::isAdults2014).reduce((a, b) -> b).orElseThrow();
        TopicProbe.assertConforms(last);
        assertThat(last.data().path("asOf").asText()).isEqualTo("2014-02-28");

        // A corrected February, uploaded again, reaches the series too.
        csv(MANAGER, HEADER + "2014-02;" + unit + ";690;385;435;;;;\n", "").statusCode(200)
                .body("results.result", contains("replaced"));
        TopicProbe.readUntil(Topics.STATISTIC, all -> all.stream().anyMatch(r -> isAdults2014(r)
                && r.data().path("breakdown").path("K").path(1).asDouble() == last.data().path("breakdown").path("K")
                        .path(1).asDouble() - 10));
    }

    static boolean isAdults2014(TopicProbe.Received r) {
        return r.type().equals("statistic.series-updated")
                && r.data().path("statistic").asText().equals("adult-assistance-recipients")
                && r.data().path("year").asInt() == 2014;
    }

    @Test
    void onlyTheSystemClientAManagerOrAnAdminUploadsAndEveryoneElseIsRefused() {
        String csv = HEADER + "2014-03;" + unit() + ";10;10;10;;;;\n";
        csv(TestTokens.caseOfficer("anna.handlaggare", "unga-18-24"), csv, "").statusCode(403)
                .contentType("application/problem+json");
        csv(TestTokens.provider("greta", "grundskoleforvaltningen"), csv, "").statusCode(403);
        given().contentType("text/csv").body(csv).post("/api/assistance-figures/sheet").then().statusCode(401);
        given().get("/api/assistance-figures/sheet/template").then().statusCode(401);
        given().auth().oauth2(TestTokens.caseOfficer("anna.handlaggare", "unga-18-24"))
                .get("/api/assistance-figures/sheet/template").then().statusCode(403);
        csv(SYSTEM, csv, "?dryRun=true").statusCode(200);

        // The template: the header row a manager fills in, every column the upload reads.
        String template = given().auth().oauth2(MANAGER).get("/api/assistance-figures/sheet/template").then()
                .statusCode(200).contentType(startsWith("text/csv")).extract().asString();
        assertThat(template).startsWith("\uFEFFmanad;enhet;hushall;vuxna_k;vuxna_m;vuxna_t;langvarigt_k;")
                .endsWith("sjukskrivna_k;sjukskrivna_m;sjukskrivna_t\r\n");
        assertThat(template.split(";")).hasSize(FigureSheet.COLUMNS.size()).hasSize(18);
        // ... and a filled-in template is read back by the upload.
        csv(MANAGER, template + "2014-03;" + unit() + ";10;;;10;;;;;;;;;;;;\n", "?dryRun=true").statusCode(200)
                .body("results.row", equalTo(List.of(2)));
    }
}
