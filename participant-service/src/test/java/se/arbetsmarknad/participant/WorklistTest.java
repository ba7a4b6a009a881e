package se.arbetsmarknad.participant;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static se.arbetsmarknad.participant.Fixtures.ADMIN;
import static se.arbetsmarknad.participant.Fixtures.ERIK;
import static se.arbetsmarknad.participant.Fixtures.MANAGER;
import static se.arbetsmarknad.participant.Fixtures.UNGA;
import static se.arbetsmarknad.participant.Fixtures.enrolNew;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.common.mapper.TypeRef;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import se.arbetsmarknad.platform.testing.TestTokens;

@QuarkusTest
class WorklistTest {

    static final LocalDate TODAY = LocalDate.now();

    @Test
    void worklistsFilterSortAndPaginateWithinTheUnit() {
        String officer = "karin" + (System.nanoTime() % 1_000_000);
        String karin = TestTokens.caseOfficer(officer, UNGA);
        String a = enrolNew(karin);
        String b = enrolNew(karin);

        list(karin, "mine", Map.of()).statusCode(200).header("X-Total-Count", "2").body("total", equalTo(2))
                .body("items.participantId", equalTo(sorted(a, b, karin)));
        list(karin, "mine", Map.of("size", 1, "page", 1)).statusCode(200).body("items.size()", equalTo(1)).body("total", equalTo(2));
        list(karin, "without-plan", Map.of("officer", officer)).statusCode(200).body("total", equalTo(2));
        list(karin, "long-term-assistance", Map.of("officer", officer)).statusCode(200).body("total", equalTo(2))
                .body("items[0].longTermAssistance", equalTo(true));
        list(karin, "no-intervention", Map.of("officer", officer, "days", 3)).statusCode(200).body("total", equalTo(2));
        list(karin, "no-intervention", Map.of("officer", officer, "days", 10)).statusCode(200).body("total", equalTo(0));

        // a: a plan whose follow-up is overdue; b: an intervention.
        planWithOverdueFollowUp(karin, a);
        startIntervention(karin, b);
        list(karin, "without-plan", Map.of("officer", officer)).body("total", equalTo(1)).body("items[0].participantId", equalTo(b));
        list(karin, "follow-up-overdue", Map.of("officer", officer)).body("total", equalTo(1))
                .body("items[0].participantId", equalTo(a)).body("items[0].planVersion", equalTo(1));
        list(karin, "no-intervention", Map.of("officer", officer, "days", 3)).body("total", equalTo(1))
                .body("items[0].participantId", equalTo(a));
        list(karin, "mine", Map.of("sort", "nextFollowUp", "dir", "asc")).body("items[0].participantId", equalTo(a))
                .body("items[1].runningInterventions", equalTo(1));

        // A follow-up meeting that sets the next one makes plan version 2 current: a is no longer overdue.
        given().auth().oauth2(karin).contentType(ContentType.JSON).body(Map.of("heldOn", TODAY.toString(),
                "nextFollowUp", TODAY.plusDays(30).toString())).post("/api/participants/" + a + "/follow-ups").then().statusCode(201);
        list(karin, "follow-up-overdue", Map.of("officer", officer)).body("total", equalTo(0));
        list(karin, "mine", Map.of("sort", "nextFollowUp", "dir", "asc")).body("items[0].participantId", equalTo(a))
                .body("items[0].planVersion", equalTo(2)).body("items[0].nextFollowUp", equalTo(TODAY.plusDays(30).toString()));

        // Another unit sees none of them; bad parameters name themselves.
        list(ERIK, "without-plan", Map.of("officer", officer)).statusCode(200).body("total", equalTo(0));
        list(ADMIN, "mine", Map.of("officer", officer)).statusCode(200).body("total", equalTo(2));
        list(ADMIN, "mine", Map.of()).statusCode(400).body("errors.field", hasItem("officer"));
        list(karin, "mine", Map.of("sort", "personnummer")).statusCode(400).body("errors.field", hasItem("sort"));
        list(karin, "mine", Map.of("size", 0)).statusCode(400).body("errors.field", hasItem("size"));
        list(karin, "mine", Map.of("gender", "X")).statusCode(400).body("errors.field", hasItem("gender"));
        list(karin, "nonsense", Map.of()).statusCode(404);
        list(MANAGER, "mine", Map.of()).statusCode(403);
        given().get("/api/worklists/mine").then().statusCode(401);

        // Listing is a read of personal data: audited per participant.
        given().auth().oauth2(ADMIN).queryParam("participantId", a).queryParam("username", officer).get("/api/admin/audit").then()
                .body("items.action", hasItem("read-worklist"));
    }

    /** Issue 14, defect 5: the unit filter is never silently ignored. */
    @Test
    void theUnitFilterAppliesWithinWhatTheOfficerMaySeeAndAnotherUnitIsA400() {
        String officer = "unitfilter" + (System.nanoTime() % 1_000_000);
        String token = TestTokens.caseOfficer(officer, UNGA);
        enrolNew(token);
        list(token, "mine", Map.of("unit", UNGA)).statusCode(200).body("total", equalTo(1));
        list(token, "mine", Map.of("unit", Fixtures.AF)).statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("unit"));
        list(token, "mine", Map.of("unit", "okand-enhet")).statusCode(400).body("errors.field", hasItem("unit"));
        list(ADMIN, "mine", Map.of("officer", officer, "unit", UNGA)).statusCode(200).body("total", equalTo(1));
        list(ADMIN, "mine", Map.of("officer", officer, "unit", Fixtures.AF)).statusCode(200).body("total", equalTo(0));
        list(ADMIN, "mine", Map.of("officer", officer, "unit", "okand-enhet")).statusCode(400).body("errors.field", hasItem("unit"));
    }

    /**
     * Issue 11: every list's count in one answer, in the lists' order, with the lists' own scope and filters: each
     * figure is the total its list gives. Counting reads no personal data and is not audited.
     */
    @Test
    void theCountsAreTheListsTotalsInOneAnswer() {
        String officer = "counts" + (System.nanoTime() % 1_000_000);
        String token = TestTokens.caseOfficer(officer, UNGA);
        String a = enrolNew(token);
        String b = enrolNew(token);
        enrolNew(token);
        planWithOverdueFollowUp(token, a);
        startIntervention(token, b);

        Map<String, Object> query = Map.of("officer", officer, "days", 3);
        Map<String, Integer> counts = counts(token, query).statusCode(200).extract().as(COUNTS);
        assertThat(counts).containsExactly(entry("mine", 3), entry("without-plan", 2), entry("follow-up-overdue", 1),
                entry("no-intervention", 2), entry("long-term-assistance", 3));
        given().auth().oauth2(ADMIN).queryParam("participantId", a).queryParam("username", officer).get("/api/admin/audit").then()
                .body("items.action", not(hasItem("read-worklist")));
        counts.forEach((name, count) -> list(token, name, query).statusCode(200).body("total", equalTo(count)));
        assertThat(counts(token, Map.of("officer", officer, "days", 10)).extract().jsonPath().getInt("'no-intervention'")).isZero();
        assertThat(counts(token, Map.of("officer", officer, "status", "PAUSED")).extract().as(COUNTS)
                .values()).containsOnly(0);

        // The same figures for an admin naming the officer; without one, no mine. Another unit counts none of them.
        assertThat(counts(ADMIN, query).statusCode(200).extract().as(COUNTS)).isEqualTo(counts);
        assertThat(counts(ADMIN, Map.of("days", 3)).statusCode(200).extract().as(COUNTS))
                .doesNotContainKey("mine").containsKey("without-plan");
        assertThat(counts(ERIK, query).statusCode(200).extract().as(COUNTS).values())
                .containsOnly(0);
        counts(token, Map.of("unit", Fixtures.AF)).statusCode(400).body("errors.field", hasItem("unit"));
        counts(token, Map.of("gender", "X")).statusCode(400).body("errors.field", hasItem("gender"));
        counts(MANAGER, Map.of()).statusCode(403);
        given().get("/api/worklists/counts").then().statusCode(401);
    }

    /** In the answer's order. */
    static final TypeRef<LinkedHashMap<String, Integer>> COUNTS = new TypeRef<>() {
    };

    static ValidatableResponse counts(String token, Map<String, ?> query) {
        return given().auth().oauth2(token).queryParams(query).get("/api/worklists/counts").then();
    }

    static void planWithOverdueFollowUp(String token, String participant) {
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("goal", "Arbete", "decidedOn",
                TODAY.minusDays(4).toString(), "nextFollowUp", TODAY.minusDays(1).toString()))
                .put("/api/participants/" + participant + "/plan").then().statusCode(200);
    }

    static void startIntervention(String token, String participant) {
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("kind", "ungdomssamtal", "startedOn", TODAY.toString()))
                .post("/api/participants/" + participant + "/interventions").then().statusCode(201);
    }

    static ValidatableResponse list(String token, String name, Map<String, ?> query) {
        return given().auth().oauth2(token).queryParams(query).get("/api/worklists/" + name).then();
    }

    /** Default order: enrolment day, then id; both were enrolled on the same day. */
    static List<String> sorted(String a, String b, String ignored) {
        return a.compareTo(b) < 0 ? List.of(a, b) : List.of(b, a);
    }
}
