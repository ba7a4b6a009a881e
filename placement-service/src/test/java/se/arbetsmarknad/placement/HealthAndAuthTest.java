package se.arbetsmarknad.placement;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.arbetsmarknad.platform.testing.TestTokens;

@QuarkusTest
class HealthAndAuthTest {

    @Test
    void reportsReadyWithDatabaseAndBroker() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/live").then().statusCode(200);
    }

    @Test
    void refusesARequestWithoutATokenAndAcceptsASignedOne() {
        given().get("/api/me").then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.manager("maria")).get("/api/me").then().statusCode(200)
                .body("username", equalTo("maria"));
    }

    @Test
    void publishesItsOpenApiDocument() {
        given().get("/q/openapi?format=json").then().statusCode(200).body("info.title", equalTo("placement-service"));
    }
}
