package se.arbetsmarknad.placement;

import static io.restassured.RestAssured.given;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import se.arbetsmarknad.platform.testing.TestTokens;

/** Builds test data through the API, with unique codes so tests can share one database. */
public final class Fixtures {

    public static final String ADMIN = TestTokens.admin("admin");
    public static final String MANAGER = TestTokens.manager("maria.chef");

    private Fixtures() {
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    public static Map<String, Object> organisation(String code, String kind, String number) {
        Map<String, Object> m = new HashMap<>();
        m.put("code", code);
        m.put("name", "Organisation " + code);
        m.put("kind", kind);
        m.put("organisationNumber", number);
        m.put("municipality", "Malmö");
        m.put("contacts", List.of(Map.of("name", "Karin Kontakt", "role", "HR", "email", "karin@example.se")));
        return m;
    }

    /** A registered organisation; answers {id, code}. */
    public static Org org(String kind) {
        String code = unique(kind);
        String number = "privat".equals(kind) || "asf".equals(kind) ? "556677-1233" : null;
        String id = as(ADMIN).body(organisation(code, kind, number)).post("/api/organisations")
                .then().statusCode(201).extract().path("id");
        return new Org(UUID.fromString(id), code);
    }

    public record Org(UUID id, String code) {
        public String provider() {
            return TestTokens.provider("provider-" + code, code);
        }
    }

    public static Map<String, Object> placement(UUID organisationId, String kind, String ssyk, int seats) {
        Map<String, Object> m = new HashMap<>();
        m.put("organisationId", organisationId);
        m.put("kind", kind);
        m.put("title", "Plats " + kind + " " + ssyk);
        m.put("ssyk", ssyk);
        m.put("municipality", "Malmö");
        m.put("place", "Centrum");
        m.put("seats", seats);
        m.put("periodStart", LocalDate.now().plusDays(7).toString());
        m.put("periodEnd", LocalDate.now().plusDays(97).toString());
        m.put("hoursPerWeek", 40);
        m.put("requirements", new HashMap<>(Map.of("drivingLicence", false)));
        m.put("supervisor", Map.of("name", "Sven Handledare", "phone", "040-1234"));
        m.put("publish", true);
        return m;
    }

    /** An open placement; answers its id. */
    public static UUID openPlacement(UUID organisationId, String kind, String ssyk, int seats) {
        String id = as(ADMIN).body(placement(organisationId, kind, ssyk, seats)).post("/api/placements")
                .then().statusCode(201).extract().path("id");
        return UUID.fromString(id);
    }
}
