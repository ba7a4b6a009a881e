package se.arbetsmarknad.participant;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static se.arbetsmarknad.participant.Fixtures.ADMIN;
import static se.arbetsmarknad.participant.Fixtures.ERIK;
import static se.arbetsmarknad.participant.Fixtures.MANAGER;
import static se.arbetsmarknad.participant.Fixtures.newPersonnummer;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class BulkEnrolmentTest {

    static final String HEADER = "personnummer;firstName;lastName;gender;educationLevel;swedishLevel;assistanceSince;referralSource;drivingLicence;occupationInterests\n";

    @Test
    void allValidRowsAreEnrolledWithAResultPerRow() {
        String csv = HEADER
                + newPersonnummer() + ";Sara;Ali;K;forgymnasial;sfi-2;2025-01-01;ekonomiskt-bistand;nej;5321 9412\n"
                + newPersonnummer().replace("-", "") + ";Johan;Berg;M;gymnasial;modersmal;;arbetsformedlingen;ja;\n"
                + "\"" + newPersonnummer() + "\";\"Lina; Maria\";Holm;;eftergymnasial;okand;;egen-anmalan;ja;8331\n";
        String first = given().auth().oauth2(ERIK).contentType("text/csv").body(csv).post("/api/participants/bulk").then()
                .statusCode(201).body("enrolled", equalTo(3)).body("rows.row", hasItems(1, 2, 3))
                .extract().path("rows[2].participantId");
        given().auth().oauth2(ERIK).get("/api/participants/" + first).then().statusCode(200)
                .body("attributes.firstName", equalTo("Lina; Maria")).body("enrolment.unit", equalTo("arbete-forsorjning"))
                .body("attributes.occupationInterests", hasItems("8331"));
    }

    @Test
    void anyInvalidRowMeansNothingIsWrittenAndEveryErrorIsNamed() {
        String good = newPersonnummer();
        String twice = newPersonnummer();
        String csv = HEADER
                + good + ";Ok;Rad;K;gymnasial;sfi-3;;annan;nej;\n"
                + "19900101-0000;Fel;Nummer;K;gymnasial;sfi-3;;annan;nej;\n"
                + twice + ";Fel;Niva;K;doktor;sfi-3;;annan;nej;\n"
                + twice + ";Dubbel;Rad;K;gymnasial;sfi-3;;annan;nej;\n"
                + newPersonnummer() + ";Fel;Korkort;K;gymnasial;sfi-3;;annan;kanske;\n";
        given().auth().oauth2(ERIK).contentType("text/csv").body(csv).post("/api/participants/bulk").then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("rows[2].personnummer", "rows[3].attributes.educationLevel",
                        "rows[4].personnummer", "rows[5].attributes.drivingLicence"));
        given().auth().oauth2(ERIK).contentType(ContentType.JSON).body(Map.of("personnummer", good))
                .post("/api/participants/search").then().statusCode(404);

        String badLevel = HEADER + newPersonnummer() + ";Fel;Niva;K;doktor;sfi-3;;annan;nej;\n";
        given().auth().oauth2(ERIK).contentType("text/csv").body(badLevel).post("/api/participants/bulk").then()
                .statusCode(400).body("errors.field", hasItems("rows[1].attributes.educationLevel"));
        given().auth().oauth2(ERIK).contentType("text/csv").body("namn;adress\nA;B\n").post("/api/participants/bulk").then()
                .statusCode(400).body("errors.field", hasItems("header"));
        given().auth().oauth2(ERIK).contentType("text/csv").body(HEADER).post("/api/participants/bulk").then().statusCode(400);
        given().auth().oauth2(MANAGER).contentType("text/csv").body(csv).post("/api/participants/bulk").then().statusCode(403);
        given().auth().oauth2(ADMIN).contentType("text/csv").body(csv).post("/api/participants/bulk").then().statusCode(403);
    }

    /** The platform's sheet reader, as for placement's bulk import: Excel, and CSV as Swedish Excel saves it. */
    @Test
    void anExcelSheetAndExcelsCsvAreReadWithTheSameCellRulesAsEveryBulkImport() throws Exception {
        LocalDate enrolled = LocalDate.now().minusDays(3);
        byte[] xlsx;
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("Remisser");
            Row header = sheet.createRow(0);
            String[] columns = { "Personnummer", "FirstName", "enrolledOn", "drivingLicence", "bornAbroad" };
            for (int c = 0; c < columns.length; c++) {
                header.createCell(c).setCellValue(columns[c]);
            }
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue(newPersonnummer());
            row.createCell(1).setCellValue("Åsa");
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            row.createCell(2).setCellValue(enrolled);
            row.getCell(2).setCellStyle(date);
            row.createCell(3).setCellValue("x");
            row.createCell(4).setCellValue("J");
            book.write(out);
            xlsx = out.toByteArray();
        }
        String id = given().auth().oauth2(ERIK).contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .body(xlsx).post("/api/participants/bulk").then().statusCode(201).body("enrolled", equalTo(1))
                .extract().path("rows[0].participantId");
        given().auth().oauth2(ERIK).get("/api/participants/" + id).then().statusCode(200)
                .body("attributes.firstName", equalTo("Åsa")).body("attributes.drivingLicence", equalTo(true))
                .body("attributes.bornAbroad", equalTo(true)).body("enrolment.enrolledOn", equalTo(enrolled.toString()));

        // "CSV (semikolonavgränsad)": Windows-1252, dates also as ÅÅÅÅMMDD; and UTF-8 with a byte order mark.
        String cp1252 = "personnummer;firstName;enrolledOn;drivingLicence\n" + newPersonnummer() + ";Örjan;"
                + enrolled.toString().replace("-", "") + ";nej\n";
        String cp1252Id = given().auth().oauth2(ERIK).contentType("text/csv").body(cp1252.getBytes(Charset.forName("windows-1252")))
                .post("/api/participants/bulk").then().statusCode(201).extract().path("rows[0].participantId");
        given().auth().oauth2(ERIK).get("/api/participants/" + cp1252Id).then().body("attributes.firstName", equalTo("Örjan"))
                .body("enrolment.enrolledOn", equalTo(enrolled.toString()));
        String bom = "\uFEFFpersonnummer,lastName\n" + newPersonnummer() + ",Ek\n";
        given().auth().oauth2(ERIK).contentType("text/csv").body(bom.getBytes(StandardCharsets.UTF_8))
                .post("/api/participants/bulk").then().statusCode(201).body("enrolled", equalTo(1));
        // A date the reader cannot read names its row and field, as a single enrolment would.
        given().auth().oauth2(ERIK).contentType("text/csv").body("personnummer;enrolledOn\n" + newPersonnummer() + ";1 mars\n")
                .post("/api/participants/bulk").then().statusCode(400).body("errors.field", hasItems("rows[1].enrolledOn"));
    }
}
