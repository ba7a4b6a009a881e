package se.arbetsmarknad.platform.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * What every service must do the same way, checked once here and inherited by each service's
 * {@code @QuarkusTest class HealthAndAuthTest extends StandardServiceChecks}: ready with its database
 * and broker, refuses requests without a token (problem+json), accepts a signed one, publishes OpenAPI.
 */
public abstract class StandardServiceChecks {

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
        String name = ConfigProvider.getConfig().getValue("quarkus.application.name", String.class);
        given().get("/q/openapi?format=json").then().statusCode(200).body("info.title", equalTo(name));
    }
}
