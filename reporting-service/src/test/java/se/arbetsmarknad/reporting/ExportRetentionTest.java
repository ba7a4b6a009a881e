package se.arbetsmarknad.reporting;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.arbetsmarknad.platform.testing.TestTokens;
import se.arbetsmarknad.platform.time.SuiteClock;
import se.arbetsmarknad.reporting.exports.ExportService;

/** reporting.export-retention (24h by default) is what decides how long an export is kept. */
@QuarkusTest
class ExportRetentionTest {

    static final String MANAGER = TestTokens.manager("retention");

    @Inject
    SuiteClock clock;
    @Inject
    ExportService exports;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void anExportIsKeptForTheRetentionAndThenDeleted() {
        String id = given().auth().oauth2(MANAGER).contentType("application/json")
                .body(Map.of("report", "cost-projection", "format", "csv",
                        "parameters", Map.of("year", "2026", "volumes", "osa:10")))
                .post("/api/exports").then().statusCode(202).extract().path("id");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(MANAGER).get("/api/exports/" + id)
                .then().statusCode(200).body("status", equalTo("done")));

        clock.advance(Duration.ofHours(23));
        exports.purge();
        given().auth().oauth2(MANAGER).get("/api/exports/" + id + "/file").then().statusCode(200);

        clock.advance(Duration.ofHours(2));
        assertThat(exports.purge()).isGreaterThanOrEqualTo(1);
        given().auth().oauth2(MANAGER).get("/api/exports/" + id).then().statusCode(404);
    }
}
