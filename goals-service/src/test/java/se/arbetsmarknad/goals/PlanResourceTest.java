package se.arbetsmarknad.goals;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import se.arbetsmarknad.platform.events.Topics;
import se.arbetsmarknad.platform.testing.TopicProbe;

@QuarkusTest
@SuppressWarnings("unchecked")
class PlanResourceTest {

    @Test
    void aManagerCreatesAPlanAndEveryoneWhoMayReadsIt() {
        var plan = Api.plan("Plan " + System.nanoTime(), 2030, 2031);
        ((List<Object>) plan.get("goals")).add(Api.goal("Anställningar med stöd", "A", 2030, "200"));
        var created = Api.post(Api.MANAGER, "/api/plans", plan).statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString("/api/plans/"))
                .body("areas[0].title", equalTo("Fler i egen försörjning"))
                .body("actions[0].number", equalTo(1))
                .body("indicators[0].statistic", equalTo("supported-employments-started"))
                .body("goals[0].targetKind", equalTo("value"))
                .body("goals[0].targetValue", equalTo(200.0f))
                .extract();
        String id = created.path("id");
        String goalId = created.path("goals[0].id");

        for (String token : List.of(Api.OFFICER, Api.ADMIN, Api.MANAGER)) {
            given().auth().oauth2(token).get("/api/plans/" + id).then().statusCode(200)
                    .header("ETag", equalTo("\"0\"")).body("goals", hasSize(1));
        }
        given().auth().oauth2(Api.OFFICER).get("/api/plans?size=500").then().statusCode(200).body("items.id", hasItem(id));

        var defined = TopicProbe.await(Topics.GOAL, "goal.defined", goalId, 1).get(0);
        TopicProbe.assertConforms(defined);
        assertThat(defined.data().path("statistic").asText()).isEqualTo("supported-employments-started");
        assertThat(defined.data().path("target").asText()).isEqualTo("200");
        assertThat(defined.data().path("unit").asText()).isEqualTo("count");
    }

    @Test
    void withoutATokenOrWithTheWrongRoleNothingIsShown() {
        String id = Api.createPlan(Api.plan("Åtkomst " + System.nanoTime(), 2030, 2030));
        given().get("/api/plans/" + id).then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(Api.PROVIDER).get("/api/plans/" + id).then().statusCode(403)
                .contentType("application/problem+json");
        given().auth().oauth2(Api.PROVIDER).get("/api/plans").then().statusCode(403);
        Api.post(Api.OFFICER, "/api/plans", Api.plan("Handläggare", 2030, 2030)).statusCode(403)
                .contentType("application/problem+json");
        Api.post(Api.OFFICER, "/api/plans/" + id + "/goals", Api.goal("x", "A", 2030, "5")).statusCode(403);
        Api.post(Api.PROVIDER, "/api/plans/" + id + "/goals", Api.goal("x", "A", 2030, "5")).statusCode(403);
        given().auth().oauth2(Api.MANAGER).get("/api/plans/" + java.util.UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void partsOfAPlanAreAddedAndChangedWithTheirVersion() {
        String id = Api.createPlan(Api.plan("Delar " + System.nanoTime(), 2030, 2031));
        Api.post(Api.ADMIN, "/api/plans/" + id + "/areas", Map.of("number", 2, "title", "Jämställt")).statusCode(201);
        Api.post(Api.MANAGER, "/api/plans/" + id + "/areas", Map.of("number", 2, "title", "Igen")).statusCode(409);
        Api.post(Api.MANAGER, "/api/plans/" + id + "/actions", Map.of("number", 2, "area", 2, "text", "Prioritera",
                "yearFrom", 2030, "yearTo", 2031)).statusCode(201).body("status", equalTo("pagaende"));
        Api.post(Api.MANAGER, "/api/plans/" + id + "/actions", Map.of("number", 2, "text", "Dubblett",
                "yearFrom", 2030, "yearTo", 2031)).statusCode(409).contentType("application/problem+json");
        Api.post(Api.MANAGER, "/api/plans/" + id + "/actions", Map.of("number", 3, "area", 9, "text", "Fel område",
                "yearFrom", 2030, "yearTo", 2031)).statusCode(400).body("errors[0].field", equalTo("action.area"));

        Map<String, Object> change = Map.of("number", 2, "area", 2, "text", "Prioritera ensamstående kvinnor med barn",
                "yearFrom", 2030, "yearTo", 2031, "status", "genomford");
        given().auth().oauth2(Api.MANAGER).contentType(ContentType.JSON).body(change)
                .put("/api/plans/" + id + "/actions/2").then().statusCode(428).contentType("application/problem+json");
        given().auth().oauth2(Api.MANAGER).contentType(ContentType.JSON).body(change).header("If-Match", "\"7\"")
                .put("/api/plans/" + id + "/actions/2").then().statusCode(412);
        given().auth().oauth2(Api.MANAGER).contentType(ContentType.JSON).body(change).header("If-Match", "\"0\"")
                .put("/api/plans/" + id + "/actions/2").then().statusCode(200).body("status", equalTo("genomford"))
                .header("ETag", equalTo("\"1\""));
        Api.post(Api.MANAGER, "/api/plans/" + id + "/actions/2/notes", Map.of("text", "Klart i alla enheter"))
                .statusCode(201).body("notes[0].author", equalTo("maria.chef"))
                .body("notes[0].date", equalTo("2022-09-09"));

        Api.post(Api.MANAGER, "/api/plans/" + id + "/indicators", Api.indicator("B", "internships-started", "count"))
                .statusCode(201);
        Api.post(Api.MANAGER, "/api/plans/" + id + "/indicators", Api.indicator("C", "no-such-statistic", "count"))
                .statusCode(400).body("errors[0].field", equalTo("indicator.statistic"));
        Api.post(Api.MANAGER, "/api/plans/" + id + "/indicators", Api.indicator("D", "internships-started", "days"))
                .statusCode(400).body("errors[0].field", equalTo("indicator.unit"));
        Api.post(Api.MANAGER, "/api/plans/" + id + "/indicators", Api.indicator("E", "long-term-assistance", "percent"))
                .statusCode(400).body("errors[0].field", equalTo("indicator.denominator"));

        Map<String, Object> header = Map.of("name", "Nytt namn", "organisation", "Testkommun", "periodFrom", 2030,
                "periodTo", 2032, "boardGoal", "Färre med bistånd");
        given().auth().oauth2(Api.MANAGER).contentType(ContentType.JSON).body(header).header("If-Match", "\"5\"")
                .put("/api/plans/" + id).then().statusCode(412);
        String etag = given().auth().oauth2(Api.MANAGER).get("/api/plans/" + id).then().extract().header("ETag");
        given().auth().oauth2(Api.MANAGER).contentType(ContentType.JSON).body(header).header("If-Match", etag)
                .put("/api/plans/" + id).then().statusCode(200).body("name", equalTo("Nytt namn"))
                .body("periodTo", equalTo(2032)).body("boardGoal", equalTo("Färre med bistånd"));
    }

    @Test
    void aTargetThatDoesNotFitItsIndicatorIsRefused() {
        var plan = Api.plan("Mål " + System.nanoTime(), 2030, 2030);
        ((List<Object>) plan.get("indicators")).add(Map.of("code", "P", "title", "Andel", "unit", "percent",
                "statistic", "long-term-assistance", "denominator", "vuxna-test"));
        String id = Api.createPlan(plan);
        String goals = "/api/plans/" + id + "/goals";
        Api.post(Api.MANAGER, goals, Api.goal("Andel", "P", 2030, "högst 120 %")).statusCode(400)
                .body("errors[0].field", equalTo("goal.target"));
        Api.post(Api.MANAGER, goals, Api.goal("Antal", "A", 2030, "12,5")).statusCode(400)
                .body("errors[0].field", equalTo("goal.target"));
        Api.post(Api.MANAGER, goals, Api.goal("Antal", "A", 2030, "-5")).statusCode(400);
        Api.post(Api.MANAGER, goals, Api.goal("Antal", "A", 2030, "ungefär många")).statusCode(400);
        Api.post(Api.MANAGER, goals, Api.goal("Antal", "A", 2031, "5")).statusCode(400)
                .body("errors[0].field", equalTo("goal.year"));
        Api.post(Api.MANAGER, goals, Api.goal("Antal", "A", 2030, "fler än 2030")).statusCode(400);
        Api.post(Api.MANAGER, goals, Api.goal("Antal", null, 2030, "5")).statusCode(400)
                .body("errors[0].field", equalTo("goal.indicator"));
        Api.post(Api.MANAGER, goals, Api.goal("Antal", "ZZ", 2030, "5")).statusCode(400)
                .body("errors[0].field", equalTo("goal.indicator"));
        Api.post(Api.MANAGER, goals, Map.of("year", 2030, "target", "5")).statusCode(400)
                .contentType("application/problem+json");

        Api.post(Api.MANAGER, goals, Api.goal("Andel", "P", 2030, "högst 1 %")).statusCode(201)
                .body("targetKind", equalTo("at-most")).body("targetValue", equalTo(1.0f));
        Api.post(Api.MANAGER, goals, Api.goal("Fler", "A", 2030, "> 109")).statusCode(201)
                .body("targetKind", equalTo("at-least"));
        Api.post(Api.MANAGER, goals, Api.goal("Fler än i fjol", "A", 2030, "fler än 2029")).statusCode(201)
                .body("targetKind", equalTo("more-than-previous-year"));
        var milestone = Api.goal("Möjliggöra ett ASF", null, 2030, "Ett ASF är etablerat");
        milestone.put("targetKind", "milestone");
        Api.post(Api.MANAGER, goals, milestone).statusCode(201).body("statistic", nullValue());
        given().auth().oauth2(Api.OFFICER).get("/api/plans/" + id).then().body("goals", hasSize(4));
    }

    @Test
    void aTargetWrittenInAnotherUnitThanItsIndicatorIsRefused() {
        String id = Api.createPlan(Api.plan("Enhet " + System.nanoTime(), 2030, 2030));
        String goals = "/api/plans/" + id + "/goals";
        // Indicator A counts people: "150 %" is not a count (issue 14), nor "30 dagar".
        Api.post(Api.MANAGER, goals, Api.goal("Antal", "A", 2030, "150 %")).statusCode(400)
                .body("errors[0].field", equalTo("goal.target"));
        Api.post(Api.MANAGER, goals, Api.goal("Antal", "A", 2030, "minst 150 procent")).statusCode(400)
                .body("errors[0].field", equalTo("goal.target"));
        Api.post(Api.MANAGER, goals, Api.goal("Antal", "A", 2030, "30 dagar")).statusCode(400)
                .body("errors[0].field", equalTo("goal.target"));
        Api.post(Api.MANAGER, goals, Api.goal("Antal", "A", 2030, "150 st")).statusCode(201);
        given().auth().oauth2(Api.OFFICER).get("/api/plans/" + id).then().body("goals", hasSize(1));
    }

    @Test
    void everyStringAndNumberIsBounded() {
        var huge = Api.plan("x".repeat(1_000_000), 2030, 2030);
        Api.post(Api.MANAGER, "/api/plans", huge).statusCode(400).body("errors.field", hasItem("name"));
        var plan = Api.plan("Gränser " + System.nanoTime(), 2030, 2030);
        ((List<Object>) plan.get("areas")).add(Map.of("number", 100, "title", "För högt nummer"));
        ((List<Object>) plan.get("indicators")).add(Map.of("code", "B", "title", "Negativ", "unit", "count",
                "baselineValue", -1));
        ((List<Object>) plan.get("goals")).add(Api.goal("t".repeat(301), "A", 2030, "200"));
        Api.post(Api.MANAGER, "/api/plans", plan).statusCode(400)
                .body("errors.field", hasItem("areas[1].number"))
                .body("errors.field", hasItem("indicators[1].baselineValue"))
                .body("errors.field", hasItem("goals[0].title"));
        var many = Api.plan("Många " + System.nanoTime(), 2030, 2030);
        List<Object> actions = (List<Object>) many.get("actions");
        for (int n = 2; n <= 501; n++) {
            actions.add(Map.of("number", n % 999 + 1, "text", "Åtgärd", "yearFrom", 2030, "yearTo", 2030));
        }
        Api.post(Api.MANAGER, "/api/plans", many).statusCode(400).body("errors.field", hasItem("actions"));
        String id = Api.createPlan(Api.plan("Parametrar " + System.nanoTime(), 2030, 2030));
        given().auth().oauth2(Api.MANAGER).get("/api/plans/" + id + "/status?year=99999").then().statusCode(400)
                .body("errors.field", hasItem("year"));
        Api.post(Api.MANAGER, "/api/plans/" + id + "/actions/1000/notes", Map.of("text", "x")).statusCode(400)
                .body("errors.field", hasItem("number"));
        given().auth().oauth2(Api.MANAGER).contentType(ContentType.JSON)
                .body(Map.of("values", Map.of("2030", 0))).put("/api/reference-data/gransfall").then().statusCode(400);
        given().auth().oauth2(Api.MANAGER).contentType(ContentType.JSON)
                .body(Map.of("values", Map.of("1999", 100))).put("/api/reference-data/gransfall").then().statusCode(400);
    }

    @Test
    void everyReferenceSeriesIsListedWithItsValuesByName() {
        String series = "lista-" + Long.toString(System.nanoTime(), 36);
        given().auth().oauth2(Api.ADMIN).contentType(ContentType.JSON)
                .body(Map.of("values", Map.of("2031", 1200.5, "2030", 1100))).put("/api/reference-data/" + series).then().statusCode(200);
        var all = given().auth().oauth2(Api.MANAGER).get("/api/reference-data").then().statusCode(200).extract().jsonPath();
        List<String> names = all.getList("series");
        assertThat(names).contains(series).isSorted();
        String values = "find { it.series == '" + series + "' }.values";
        assertThat(all.getMap(values).keySet()).containsExactly("2030", "2031");
        assertThat(all.getDouble(values + ".'2031'")).isEqualTo(1200.5);
        given().auth().oauth2(Api.PROVIDER).get("/api/reference-data").then().statusCode(403);
        given().get("/api/reference-data").then().statusCode(401);
    }

    @Test
    void aGoalIsChangedWithItsVersionAndTheChangeIsPublished() {
        String id = Api.createPlan(Api.plan("Ändra " + System.nanoTime(), 2030, 2030));
        String goalId = Api.post(Api.MANAGER, "/api/plans/" + id + "/goals", Api.goal("Praktik", "A", 2030, "100"))
                .statusCode(201).header("ETag", equalTo("\"0\"")).extract().path("id");
        var change = Api.goal("Praktik", "A", 2030, "minst 120");
        given().auth().oauth2(Api.MANAGER).contentType(ContentType.JSON).body(change)
                .put("/api/goals/" + goalId).then().statusCode(428);
        given().auth().oauth2(Api.OFFICER).contentType(ContentType.JSON).body(change).header("If-Match", "\"0\"")
                .put("/api/goals/" + goalId).then().statusCode(403);
        given().auth().oauth2(Api.MANAGER).contentType(ContentType.JSON).body(change).header("If-Match", "\"0\"")
                .put("/api/goals/" + goalId).then().statusCode(200).body("target", equalTo("minst 120"))
                .body("targetKind", equalTo("at-least")).header("ETag", equalTo("\"1\""));
        given().auth().oauth2(Api.MANAGER).contentType(ContentType.JSON).body(change).header("If-Match", "\"0\"")
                .put("/api/goals/" + goalId).then().statusCode(412);
        given().auth().oauth2(Api.OFFICER).get("/api/goals/" + goalId).then().statusCode(200)
                .body("targetValue", equalTo(120.0f));
        var changed = TopicProbe.await(Topics.GOAL, "goal.changed", goalId, 1).get(0);
        TopicProbe.assertConforms(changed);
        assertThat(changed.data().path("targetKind").asText()).isEqualTo("at-least");
        given().auth().oauth2(Api.MANAGER).get("/api/goals/" + java.util.UUID.randomUUID()).then().statusCode(404);
    }
}
