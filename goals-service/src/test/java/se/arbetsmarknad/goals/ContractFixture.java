package se.arbetsmarknad.goals;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.config.ConfigProvider;

import io.restassured.path.json.JsonPath;
import se.arbetsmarknad.platform.testing.contract.AccessFixture;
import se.arbetsmarknad.platform.testing.contract.Endpoint;

/**
 * goals-service's data for the access matrix and the fuzzer: a plan of last year and this with an area, an
 * action, an indicator, a value goal and a milestone goal, a frozen follow-up where the operation
 * needs one, and a reference series of its own.
 */
public class ContractFixture implements AccessFixture {

    /** The service's today: pinned in the test profile (platform.clock.today), so the fixture uses its year. */
    private static final LocalDate TODAY = ConfigProvider.getConfig().getOptionalValue("platform.clock.today", LocalDate.class)
            .orElse(LocalDate.now());
    private static final int YEAR = TODAY.getYear();
    /** A follow-up freezes a month that is over. */
    private static final String LAST_MONTH = YearMonth.from(TODAY).minusMonths(1).toString();

    @Override
    public Map<String, Object> own(Endpoint op) {
        Map<String, Object> plan = Api.plan("Matrisplan " + UUID.randomUUID(), YEAR - 1, YEAR);
        @SuppressWarnings("unchecked")
        List<Object> goals = (List<Object>) plan.get("goals");
        goals.add(Api.goal("Praktik", "A", YEAR, "5"));
        Map<String, Object> milestone = Api.goal("Milstolpe", null, YEAR, "Klart");
        milestone.put("targetKind", "milestone");
        goals.add(milestone);
        JsonPath created = Api.post(Api.MANAGER, "/api/plans", plan).statusCode(201).extract().jsonPath();
        String planId = created.getString("id");
        Map<String, Object> values = new HashMap<>();
        values.put("planId", planId);
        values.put("number", 1);
        values.put("series", "matris-" + UUID.randomUUID().toString().substring(0, 8));
        io.restassured.RestAssured.given().auth().oauth2(Api.MANAGER).contentType(io.restassured.http.ContentType.JSON)
                .body(Map.of("values", Map.of(String.valueOf(YEAR), 10000)))
                .put("/api/reference-data/" + values.get("series")).then().statusCode(200);
        String path = op.path();
        if (path.startsWith("/api/goals/{id}")) {
            values.put("id", created.getString(path.endsWith("/milestone") ? "goals[1].id" : "goals[0].id"));
        } else if (path.startsWith("/api/follow-ups/{id}")) {
            values.put("id", Api.post(Api.MANAGER, "/api/plans/" + planId + "/follow-ups",
                    Map.of("month", LAST_MONTH)).statusCode(201).extract().path("id"));
        } else {
            values.put("id", planId);
        }
        return values;
    }

    @Override
    public Map<String, Object> unknown() {
        return Map.of(
                "id", UUID.randomUUID().toString(),
                "planId", UUID.randomUUID().toString(),
                "number", 999,
                "series", "okand-serie");
    }

    @Override
    public Object body(Endpoint op, Map<String, Object> values) {
        return switch (op.key()) {
            case "POST /api/plans", "POST /api/plans/import" -> Api.plan("Matrisplan " + UUID.randomUUID(), YEAR, YEAR);
            case "PUT /api/plans/{id}" -> Map.of("name", "Matrisplan ändrad", "organisation", "Testkommun",
                    "periodFrom", YEAR, "periodTo", YEAR);
            case "POST /api/plans/{id}/areas" -> Map.of("number", 2, "title", "Jämställt");
            case "POST /api/plans/{id}/actions" -> Map.of("number", 2, "area", 1, "text", "Prioritera",
                    "yearFrom", YEAR, "yearTo", YEAR);
            case "PUT /api/plans/{id}/actions/{number}" -> Map.of("number", values.get("number"), "area", 1,
                    "text", "Snabb aktivering", "yearFrom", YEAR, "yearTo", YEAR, "status", "genomford");
            case "POST /api/plans/{id}/indicators" -> Api.indicator("B", "internships-started", "count");
            case "POST /api/plans/{id}/goals", "PUT /api/goals/{id}" -> Api.goal("Praktik", "A", YEAR, "7");
            case "POST /api/plans/{planId}/follow-ups" -> Map.of("month", LAST_MONTH);
            case "PUT /api/reference-data/{series}" -> Map.of("values", Map.of(String.valueOf(YEAR), 12000));
            default -> null;
        };
    }
}
