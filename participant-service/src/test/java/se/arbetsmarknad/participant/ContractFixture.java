package se.arbetsmarknad.participant;

import static io.restassured.RestAssured.given;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;
import se.arbetsmarknad.platform.testing.contract.AccessFixture;
import se.arbetsmarknad.platform.testing.contract.Caller;
import se.arbetsmarknad.platform.testing.contract.Endpoint;

/**
 * participant-service's data for the access matrix and the fuzzer: a participant enrolled in the
 * primary case officer's unit by that officer, in the state each operation needs.
 */
public class ContractFixture implements AccessFixture {

    private static final String PROJECT = "iris-usb";
    private final String officer = Caller.CASE_OFFICER.token(scope());

    @Override
    public Map<String, Object> own(Endpoint op) {
        String pnr = Fixtures.newPersonnummer();
        String id = Fixtures.enrol(officer, Fixtures.enrolBody(pnr)).statusCode(201).extract().path("participantId");
        Map<String, Object> values = new HashMap<>();
        values.put("id", id);
        values.put("personnummer", pnr);
        values.put("code", PROJECT);
        values.put("list", "without-plan");
        values.put("participantId", id);
        String path = op.path();
        if (path.endsWith("/resume")) {
            post("/api/participants/" + id + "/pause", Map.of());
        } else if (path.endsWith("/reopen")) {
            post("/api/participants/" + id + "/exit", Map.of("reason", "arbete"));
        } else if (path.endsWith("/projects/{code}/leave")) {
            given().auth().oauth2(officer).contentType(ContentType.JSON).body(Map.of("on", today()))
                    .put("/api/participants/" + id + "/projects/" + PROJECT).then().statusCode(200);
        } else if (path.contains("{interventionId}")) {
            values.put("interventionId", post("/api/participants/" + id + "/interventions",
                    Map.of("kind", "praktik", "startedOn", today())).extract().path("id"));
        }
        return values;
    }

    @Override
    public Map<String, Object> unknown() {
        return Map.of(
                "id", UUID.randomUUID().toString(),
                "participantId", UUID.randomUUID().toString(),
                "interventionId", UUID.randomUUID().toString(),
                "personnummer", Fixtures.newPersonnummer(),
                "code", "okant-projekt",
                "list", "okand-lista");
    }

    @Override
    public Object body(Endpoint op, Map<String, Object> values) {
        return switch (op.key()) {
            case "POST /api/participants" -> {
                Map<String, Object> enrol = Fixtures.enrolBody(Fixtures.newPersonnummer());
                enrol.put("unit", scope().unit()); // admin names the unit and the officer, an officer may
                enrol.put("officer", "matrix.officer");
                yield enrol;
            }
            case "POST /api/participants/search" -> Map.of("personnummer", values.get("personnummer"));
            case "POST /api/participants/bulk" -> "personnummer;firstName;lastName;educationLevel\n"
                    + Fixtures.newPersonnummer() + ";Sara;Ali;gymnasial\n";
            case "POST /api/intervention-kinds" -> Map.of("code", "matris-" + UUID.randomUUID().toString().substring(0, 8),
                    "category", "stod", "nameSv", "Matrisinsats", "nameEn", "Matrix intervention");
            case "PUT /api/participants/{id}/attributes" -> Fixtures.enrolBody("").get("attributes");
            case "PUT /api/participants/{id}/plan" -> Map.of("goal", "Arbete inom lager",
                    "nextFollowUp", LocalDate.now().plusDays(30).toString());
            default -> null;
        };
    }

    private io.restassured.response.ValidatableResponse post(String path, Object body) {
        return given().auth().oauth2(officer).contentType(ContentType.JSON).body(body).post(path).then().statusCode(
                org.hamcrest.Matchers.either(org.hamcrest.Matchers.is(200)).or(org.hamcrest.Matchers.is(201)));
    }

    private static String today() {
        return LocalDate.now().toString();
    }
}
