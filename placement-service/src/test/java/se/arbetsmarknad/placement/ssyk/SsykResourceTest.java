package se.arbetsmarknad.placement.ssyk;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.arbetsmarknad.platform.testing.TestTokens;

/** GET /api/ssyk answers from the official list: every level, Swedish and English names. */
@QuarkusTest
class SsykResourceTest {

    static final String PROVIDER = TestTokens.provider("greta", "grundskoleforvaltningen");

    @Test
    void everyLevelIsServedWithBothNames() {
        for (int[] level : new int[][] { { 1, 10 }, { 2, 46 }, { 3, 148 }, { 4, 429 } }) {
            given().auth().oauth2(PROVIDER).get("/api/ssyk?level=" + level[0]).then().statusCode(200)
                    .body("size()", equalTo(level[1]));
        }
        given().auth().oauth2(PROVIDER).get("/api/ssyk?q=bus and tram").then().statusCode(200)
                .body("code", contains("8331")).body("name", contains("Buss- och spårvagnsförare"))
                .body("nameEn", contains("Bus and tram drivers")).body("level", contains(4));
        given().auth().oauth2(PROVIDER).get("/api/ssyk?q=5330").then().statusCode(200)
                .body("name", hasItem("Vårdbiträden"));
    }
}
