package se.arbetsmarknad.platform.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import se.arbetsmarknad.platform.testing.TestTokens;

/** The unit rule from real tokens: who sees which units' participants and figures. */
@QuarkusTest
class AccessScopeTest {

    @Test
    void aCaseOfficerSeesTheirUnitAlsoWhenTheyAreAManagerButFiguresWidenWithTheManagerRole() {
        scopes(TestTokens.caseOfficer("anna", "unga-18-24"))
                .body("participants.kind", equalTo("UNIT")).body("participants.unit", equalTo("unga-18-24"))
                .body("figures.kind", equalTo("UNIT")).body("figures.unit", equalTo("unga-18-24"));
        scopes(TestTokens.token("gun", Map.of("unit", "unga-18-24"), "case-officer", "manager"))
                .body("participants.kind", equalTo("UNIT")).body("participants.unit", equalTo("unga-18-24"))
                .body("figures.kind", equalTo("ALL")).body("figures.unit", nullValue());
        scopes(TestTokens.manager("maria")).body("participants.kind", equalTo("ALL")).body("figures.kind", equalTo("ALL"));
        scopes(TestTokens.admin("admin")).body("participants.kind", equalTo("ALL")).body("figures.kind", equalTo("ALL"));
        scopes(TestTokens.provider("greta", "grundskoleforvaltningen"))
                .body("participants.kind", equalTo("NONE")).body("figures.kind", equalTo("NONE"));
    }

    @Test
    void aCaseOfficerWithoutAUnitClaimIsRefused() {
        given().auth().oauth2(TestTokens.token("nobody", Map.of(), "case-officer")).get("/scope")
                .then().statusCode(403).contentType("application/problem+json");
    }

    private static ValidatableResponse scopes(String token) {
        return given().auth().oauth2(token).get("/scope").then().statusCode(200);
    }
}
