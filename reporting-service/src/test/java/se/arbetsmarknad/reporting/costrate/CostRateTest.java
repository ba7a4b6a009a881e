package se.arbetsmarknad.reporting.costrate;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import se.arbetsmarknad.platform.testing.TestTokens;

/**
 * Cost rates as dated reference data: an admin adds a rate from a day, the previous one ends the day before,
 * and the cost projection uses each month's rate. Years far ahead, so the other tests' 2026 figures stand.
 */
@QuarkusTest
class CostRateTest {

    static final String ADMIN = TestTokens.admin("admin");
    static final String MANAGER = TestTokens.manager("maria");

    @Test
    void aNewRateEndsThePreviousOneAndTheProjectionUsesEachMonthsRate() {
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body(Map.of("kind", "nystartsjobb", "monthlyRate", 15500, "validFrom", "2031-07-01"))
                .post("/api/cost-rates").then().statusCode(201).body("validFrom", equalTo("2031-07-01")).body("label", equalTo("Nystartsjobb (NYS)"));

        JsonPath rates = given().auth().oauth2(MANAGER).get("/api/cost-rates").then().statusCode(200).extract().jsonPath();
        assertThat(rates.getString("find { it.kind == 'nystartsjobb' && it.validFrom == '2020-01-01' }.validTo")).isEqualTo("2031-06-30");
        assertThat(rates.getString("find { it.kind == 'nystartsjobb' && it.validFrom == '2031-07-01' }.validTo")).isNull();

        // half the year at 14 500 kr, half at 15 500 kr
        JsonPath t = given().auth().oauth2(MANAGER).get("/api/reports/cost-projection?year=2031&volumes=nystartsjobb:1")
                .then().statusCode(200).extract().jsonPath();
        assertThat(t.getDouble("rows.find { it.kind == 'Nystartsjobb (NYS)' }.cost")).isEqualTo(180_000.0);
    }

    @Test
    void aRateMustBeForAKnownKindStartAfterTheLatestAndBePositive() {
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body(Map.of("kind", "okand", "monthlyRate", 100, "validFrom", "2032-01-01"))
                .post("/api/cost-rates").then().statusCode(400).body("errors[0].field", equalTo("kind"));
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body(Map.of("kind", "osa", "monthlyRate", 7400, "validFrom", "2019-01-01"))
                .post("/api/cost-rates").then().statusCode(400).body("errors[0].field", equalTo("validFrom"));
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body(Map.of("kind", "osa", "monthlyRate", 0, "validFrom", "2033-01-01"))
                .post("/api/cost-rates").then().statusCode(400).body("errors[0].field", equalTo("monthlyRate"));
    }

    @Test
    void onlyAdminsAddRatesAndCaseOfficersSeeNone() {
        given().auth().oauth2(MANAGER).contentType(ContentType.JSON)
                .body(Map.of("kind", "osa", "monthlyRate", 7400, "validFrom", "2034-01-01"))
                .post("/api/cost-rates").then().statusCode(403);
        given().auth().oauth2(TestTokens.caseOfficer("anna", "unga-18-24")).get("/api/cost-rates").then().statusCode(403);
        given().auth().oauth2(TestTokens.provider("greta", "grundskoleforvaltningen")).get("/api/cost-rates").then().statusCode(403);
        given().get("/api/cost-rates").then().statusCode(401);
    }
}
