package se.arbetsmarknad.reporting;

import static io.restassured.RestAssured.given;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;

import se.arbetsmarknad.platform.testing.contract.AccessFixture;
import se.arbetsmarknad.platform.testing.contract.Caller;
import se.arbetsmarknad.platform.testing.contract.Endpoint;

/**
 * reporting-service's data for the access matrix and the fuzzer: the primary case officer's unit for
 * every report that takes one, a statistic of the catalogue, an export job of that officer's
 * (finished where the operation reads its file), for a new cost rate a day far ahead, and for the
 * assistance figures' sheet upload a one-row CSV, sent as a dry run.
 *
 * <p>A cost rate the generated tests add stays in the shared database: it is one kind's, from a day after its
 * latest and no earlier than {@link #RATES_FROM}, so no other test's projection (2026, 2031) or rate history
 * (nystartsjobb) sees it.
 */
public class ContractFixture implements AccessFixture {

    private static final String STATISTIC = "active-participants";
    private static final String SHEET = "POST /api/assistance-figures/sheet";
    private static final String RATE_KIND = "utvecklingsanstallning";
    private static final LocalDate RATES_FROM = LocalDate.of(2200, 1, 1);
    private final String officer = Caller.CASE_OFFICER.token(scope());
    private final String admin = Caller.ADMIN.token(scope());

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
        if (op.key().equals(SHEET)) {
            values.put("dryRun", true); // who may upload, asked without writing figures other tests read
        }
        if (op.key().equals("POST /api/cost-rates")) {
            values.put("kind", RATE_KIND);
            values.put("validFrom", nextRateDay().toString());
        }
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

    /** The first day a new rate of {@link #RATE_KIND} may start: after its latest, and not before {@link #RATES_FROM}. */
    private LocalDate nextRateDay() {
        List<String> starts = given().auth().oauth2(admin).get("/api/cost-rates").then().statusCode(200).extract()
                .jsonPath().getList("findAll { it.kind == '" + RATE_KIND + "' }.validFrom", String.class);
        return starts.stream().map(LocalDate::parse).max(LocalDate::compareTo).map(d -> d.plusDays(1))
                .filter(d -> d.isAfter(RATES_FROM)).orElse(RATES_FROM);
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
        return switch (op.key()) {
            case "POST /api/exports" -> exportBody(String.valueOf(values.get("unit")));
            case SHEET -> "manad;enhet;vuxna_t\n2010-01;matris-enhet;10\n";
            default -> null;
        };
    }

    private static Map<String, Object> exportBody(String unit) {
        return Map.of("report", "dashboard", "format", "csv", "parameters", Map.of("unit", unit));
    }
}
