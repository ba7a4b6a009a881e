package se.arbetsmarknad.platform.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import se.arbetsmarknad.platform.testing.TestTokens;

@QuarkusTest
class ProblemAndAccessTest {

    static final String OFFICER = TestTokens.caseOfficer("anna", "unga-18-24");

    @Test
    void withoutATokenTheAnswerIs401ProblemJson() {
        given().get("/api/me").then().statusCode(401).contentType("application/problem+json")
                .body("status", equalTo(401)).body("type", equalTo("urn:arbetsmarknad:problem:unauthorized"));
        given().contentType(ContentType.JSON).body("{}").post("/things").then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void aForgedTokenIsRefused() {
        given().auth().oauth2(OFFICER.substring(0, OFFICER.length() - 4) + "AAAA").get("/api/me")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void meShowsRolesAndUnitFromTheToken() {
        given().auth().oauth2(OFFICER).get("/api/me").then().statusCode(200)
                .body("username", equalTo("anna")).body("unit", equalTo("unga-18-24"))
                .body("roles", hasItem("case-officer"));
    }

    @Test
    void aWrongRoleIs403ProblemJson() {
        given().auth().oauth2(TestTokens.manager("maria")).contentType(ContentType.JSON)
                .body(Map.of("changes", List.of())).post("/things")
                .then().statusCode(403).contentType("application/problem+json").body("status", equalTo(403));
    }

    @Test
    void invalidInputNamesTheField() {
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON)
                .body(Map.of("changes", List.of(Map.of("thingId", "x", "n", -1)))).post("/things")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("changes[0].n"));
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body("{\"changes\": [{\"thingId\": \"x\", \"n\": \"many\"}]}")
                .post("/things").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("changes[0].n"));
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body("{\"changes\": [").post("/things")
                .then().statusCode(400).contentType("application/problem+json").body("detail", containsString("end-of-input"));
        // Beyond Jackson's nesting limit while skipping a value (found by the fuzzer): a 400 that names the body
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON)
                .body("{\"changes\": [{\"thingId\": \"x\", \"n\": 1}], \"a\": " + "[".repeat(2000) + "]".repeat(2000) + "}")
                .post("/things").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("body"));
        // PostgreSQL cannot store U+0000: refused while reading, naming the field (found by the fuzzer)
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON)
                .body("{\"changes\": [{\"thingId\": \"a\\u0000b\", \"n\": 1}]}").post("/things")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("changes[0].thingId"));
    }

    @Test
    void anUnknownPathIs404ProblemJson() {
        given().auth().oauth2(OFFICER).get("/no/such/thing").then().statusCode(404)
                .contentType("application/problem+json");
    }
}
