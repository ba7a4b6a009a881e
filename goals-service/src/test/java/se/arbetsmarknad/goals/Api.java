package se.arbetsmarknad.goals;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import se.arbetsmarknad.platform.testing.TestTokens;

/** Tokens and request bodies the tests share. */
final class Api {

    static final String MANAGER = TestTokens.manager("maria.chef");
    static final String ADMIN = TestTokens.admin("admin");
    static final String OFFICER = TestTokens.caseOfficer("anna.handlaggare", "unga-18-24");
    static final String PROVIDER = TestTokens.provider("greta.grundskola", "grundskoleforvaltningen");

    private Api() {
    }

    static Map<String, Object> plan(String name, int from, int to) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("name", name);
        p.put("organisation", "Testkommun");
        p.put("periodFrom", from);
        p.put("periodTo", to);
        p.put("areas", new ArrayList<>(List.of(Map.of("number", 1, "title", "Fler i egen försörjning"))));
        p.put("actions", new ArrayList<>(List.of(Map.of("number", 1, "area", 1, "text", "Snabb aktivering",
                "yearFrom", from, "yearTo", to, "status", "pagaende"))));
        p.put("indicators", new ArrayList<>(List.of(indicator("A", "supported-employments-started", "count"))));
        p.put("goals", new ArrayList<>());
        return p;
    }

    static Map<String, Object> indicator(String code, String statistic, String unit) {
        Map<String, Object> i = new LinkedHashMap<>();
        i.put("code", code);
        i.put("area", 1);
        i.put("title", "Indikator " + code);
        i.put("unit", unit);
        i.put("statistic", statistic);
        return i;
    }

    static Map<String, Object> goal(String title, String indicator, int year, String target) {
        Map<String, Object> g = new LinkedHashMap<>();
        g.put("title", title);
        g.put("indicator", indicator);
        g.put("year", year);
        g.put("target", target);
        return g;
    }

    static ValidatableResponse post(String token, String path, Object body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post(path).then();
    }

    static String createPlan(Map<String, Object> plan) {
        return post(MANAGER, "/api/plans", plan).statusCode(201).extract().path("id");
    }
}
