package se.arbetsmarknad.participant;

import static io.restassured.RestAssured.given;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import se.arbetsmarknad.participant.common.Personnummer;
import se.arbetsmarknad.platform.testing.TestTokens;

/** Test data shared by the tests: unique, Luhn-valid personnummer and the demo officers' tokens. */
public final class Fixtures {

    public static final String UNGA = "unga-18-24";
    public static final String AF = "arbete-forsorjning";
    public static final String ANNA = TestTokens.caseOfficer("anna.handlaggare", UNGA);
    public static final String ANNA_COLLEAGUE = TestTokens.caseOfficer("olle.handlaggare", UNGA);
    public static final String ERIK = TestTokens.caseOfficer("erik.handlaggare", AF);
    public static final String ADMIN = TestTokens.admin("admin");
    public static final String MANAGER = TestTokens.manager("maria.chef");

    /** Serial numbers are spread per test JVM so tests never collide in the shared database. */
    private static final AtomicInteger SERIAL = new AtomicInteger((int) (System.nanoTime() % 700));

    private Fixtures() {
    }

    /** A fresh valid personnummer for someone born on {@code birth}, in canonical form. */
    public static String personnummer(LocalDate birth) {
        int n = 1 + SERIAL.getAndIncrement() % 999; // birth number 000 is never issued
        String serial = "%03d".formatted(n);
        String nine = "%02d%02d%02d%s".formatted(birth.getYear() % 100, birth.getMonthValue(), birth.getDayOfMonth(), serial);
        return "%04d%02d%02d-%s%d".formatted(birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth(), serial,
                Personnummer.luhn(nine));
    }

    /** A birth date of a given age today, varied per call so personnummer stay unique. */
    public static LocalDate bornAgo(int years) {
        int n = SERIAL.get();
        return LocalDate.now().minusYears(years).minusDays(1 + (n * 7L) % 300);
    }

    public static String newPersonnummer() {
        return personnummer(bornAgo(22));
    }

    public static Map<String, Object> enrolBody(String pnr) {
        Map<String, Object> attrs = new HashMap<>();
        attrs.put("firstName", "Amira");
        attrs.put("lastName", "Testsson");
        attrs.put("bornAbroad", true);
        attrs.put("educationLevel", "forgymnasial");
        attrs.put("swedishLevel", "sfi-2");
        attrs.put("childrenInHousehold", true);
        attrs.put("singleParent", true);
        attrs.put("assistanceSince", LocalDate.now().minusMonths(14).toString());
        attrs.put("referralSource", "ekonomiskt-bistand");
        attrs.put("occupationInterests", java.util.List.of("5321", "9412"));
        attrs.put("drivingLicence", false);
        Map<String, Object> body = new HashMap<>();
        body.put("personnummer", pnr);
        body.put("enrolledOn", LocalDate.now().minusDays(5).toString());
        body.put("attributes", attrs);
        return body;
    }

    public static ValidatableResponse enrol(String token, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post("/api/participants").then();
    }

    /** Enrols a fresh person with the given officer's token and answers the participant id. */
    public static String enrolNew(String token) {
        return enrol(token, enrolBody(newPersonnummer())).statusCode(201).extract().path("participantId");
    }
}
