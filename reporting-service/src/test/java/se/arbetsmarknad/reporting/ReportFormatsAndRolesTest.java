package se.arbetsmarknad.reporting;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;

import java.io.ByteArrayInputStream;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;
import se.arbetsmarknad.platform.testing.TestTokens;

/**
 * Every report in every format, and who may ask for it: the matrix the content tests in
 * {@link ReportsTest} do not walk through one by one.
 */
@QuarkusTest
class ReportFormatsAndRolesTest {

    static final String MANAGER = TestTokens.manager("maria");
    static final String OFFICER = TestTokens.caseOfficer("anna", "unga-18-24");

    /** report, its required parameters, its heading, and whether a case officer (own unit) may see it. */
    static Stream<Arguments> reports() {
        return Stream.of(
                Arguments.of("dashboard", "month=2026-10", "Månadsrapport", true),
                Arguments.of("interim", "year=2026", "Delårsrapport", false),
                Arguments.of("allocation", "asOf=2026-09-28", "ördelningsmodell", false),
                Arguments.of("cost-projection", "year=2026&volumes=utvecklingsanstallning:10", "ostnad", false),
                Arguments.of("projects", "project=iris", "roje", true),
                Arguments.of("summer-jobs", "year=2026", "eriepraktik", true),
                Arguments.of("places", "", "latser", false));
    }

    @ParameterizedTest(name = "{0} as JSON, CSV, XLSX and PDF")
    @MethodSource("reports")
    void everyFormat(String report, String params, String heading, boolean officerMay) throws Exception {
        given().auth().oauth2(MANAGER).get(url(report, params, "json")).then().statusCode(200).contentType("application/json");
        String csv = given().auth().oauth2(MANAGER).get(url(report, params, "csv")).then().statusCode(200)
                .contentType(startsWith("text/csv")).extract().asString();
        assertThat(csv.lines().findFirst()).as("CSV header of " + report).get().asString().contains(";");

        byte[] xlsx = given().auth().oauth2(MANAGER).get(url(report, params, "xlsx")).then().statusCode(200)
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").extract().asByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(book.getNumberOfSheets()).isPositive();
            assertThat(book.getSheetAt(0).getPhysicalNumberOfRows()).isPositive();
        }

        byte[] pdf = given().auth().oauth2(MANAGER).get(url(report, params, "pdf")).then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(doc)).as("PDF of " + report).contains(heading);
        }

        given().auth().oauth2(MANAGER).get(url(report, params, "docx")).then().statusCode(400)
                .contentType("application/problem+json");
    }

    @ParameterizedTest(name = "{0}: who may see it")
    @MethodSource("reports")
    void roles(String report, String params, String heading, boolean officerMay) {
        String url = url(report, params, "json");
        given().get(url).then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.provider("bo", "bussbolaget-syd")).get(url).then().statusCode(403)
                .contentType("application/problem+json");
        given().auth().oauth2(TestTokens.admin("admin")).get(url).then().statusCode(200);
        given().auth().oauth2(OFFICER).get(url).then().statusCode(officerMay ? 200 : 403);
    }

    static String url(String report, String params, String format) {
        return "/api/reports/" + report + "?" + (params.isEmpty() ? "" : params + "&") + "format=" + format;
    }
}
