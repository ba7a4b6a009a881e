package se.arbetsmarknad.reporting;

import static io.restassured.RestAssured.given;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;

import se.arbetsmarknad.platform.testing.contract.AccessFixture;
import se.arbetsmarknad.platform.testing.contract.Caller;
import se.arbetsmarknad.platform.testing.contract.Endpoint;

/**
 * reporting-service's data for the access matrix and the fuzzer: the primary case officer's unit for
 * every report that takes one, a statistic of the catalogue, and an export job of that officer's
 * (finished where the operation reads its file).
 */
public class ContractFixture implements AccessFixture {

    private static final String STATISTIC = "active-participants";
    private final String officer = Caller.CASE_OFFICER.token(scope());

    private boolean unitKnown;

    @Override
    public Map<String, Object> own(Endpoint op) {
        if (!unitKnown) {
            // the read model knows a unit from its events: one enrolment there, applied, before asking
            Feed.enrol(scope().unit(), "K", "20-24", LocalDate.now());
            String manager = Caller.MANAGER.token(scope());
            Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> given().auth().oauth2(manager)
                    .get("/api/reports/dashboard?unit=" + scope().unit()).then().extract().statusCode() == 200);
            unitKnown = true;
        }
        Map<String, Object> values = new HashMap<>();
        values.put("unit", scope().unit());
        values.put("statistic", STATISTIC);
        values.put("project", "iris");
        values.put("year", LocalDate.now().getYear());
        if (op.path().startsWith("/api/exports/{id}")) {
            String id = given().auth().oauth2(officer).contentType("application/json").body(exportBody(scope().unit()))
                    .post("/api/exports").then().statusCode(202).extract().path("id");
            if (op.path().endsWith("/file")) {
                Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> "done".equals(given().auth()
                        .oauth2(officer).get("/api/exports/" + id).then().extract().path("status")));
            }
            values.put("id", id);
        } else {
            values.put("id", STATISTIC);
        }
        return values;
    }

    @Override
    public Map<String, Object> unknown() {
        return Map.of(
                "id", UUID.randomUUID().toString(),
                "statistic", "okand-statistik",
                "unit", "okand-enhet",
                "project", "okant-projekt");
    }

    @Override
    public Object body(Endpoint op, Map<String, Object> values) {
        return op.key().equals("POST /api/exports") ? exportBody(String.valueOf(values.get("unit"))) : null;
    }

    private static Map<String, Object> exportBody(String unit) {
        return Map.of("report", "dashboard", "format", "csv", "parameters", Map.of("unit", unit));
    }
}
