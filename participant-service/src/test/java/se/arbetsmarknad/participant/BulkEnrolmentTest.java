package se.arbetsmarknad.participant;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static se.arbetsmarknad.participant.Fixtures.ADMIN;
import static se.arbetsmarknad.participant.Fixtures.ERIK;
import static se.arbetsmarknad.participant.Fixtures.MANAGER;
import static se.arbetsmarknad.participant.Fixtures.newPersonnummer;

import java.util.Map;

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
}
