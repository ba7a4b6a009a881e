package se.arbetsmarknad.goals;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import se.arbetsmarknad.goals.plan.PlanDocument;
import se.arbetsmarknad.goals.plan.PlanView;

@QuarkusTest
class PlanImportExportTest {

    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()).findAndRegisterModules();

    @Inject
    ObjectMapper json;

    static byte[] resource(String name) throws IOException {
        try (InputStream in = PlanImportExportTest.class.getResourceAsStream("/plans/" + name)) {
            return in.readAllBytes();
        }
    }

    static String importYaml(byte[] yaml) {
        return given().auth().oauth2(Api.MANAGER).contentType("application/yaml; charset=UTF-8").body(yaml)
                .post("/api/plans/import").then().statusCode(201).extract().path("id");
    }

    static String export(String id, String format) {
        return given().auth().oauth2(Api.OFFICER).queryParam("format", format).get("/api/plans/" + id + "/export")
                .then().statusCode(200).extract().asString();
    }

    @Test
    void theUppsalaPlanRoundTripsThroughImportAndExportUnchanged() throws IOException {
        byte[] source = resource("uppsala-2023-2026.yaml");
        PlanDocument original = YAML.readValue(source, PlanDocument.class);
        assertThat(original.areas()).hasSize(4);
        assertThat(original.actions()).hasSize(24);

        String id = importYaml(source);
        given().auth().oauth2(Api.OFFICER).get("/api/plans/" + id).then().statusCode(200)
                .body("areas", hasSize(4)).body("actions", hasSize(24)).body("actions[23].number", equalTo(24))
                .body("goals[0].target", equalTo("högst 1 %")).body("goals[0].targetKind", equalTo("at-most"));

        String yaml = export(id, "yaml");
        assertThat(YAML.readValue(yaml, PlanDocument.class)).isEqualTo(original);
        assertThat(YAML.readTree(yaml)).isEqualTo(YAML.readTree(source));
        String asJson = export(id, "json");
        assertThat(json.readValue(asJson, PlanDocument.class)).isEqualTo(original);

        // The export imports again (JSON this time) and exports the very same text.
        String again = given().auth().oauth2(Api.ADMIN).contentType(ContentType.JSON).body(asJson)
                .post("/api/plans/import").then().statusCode(201).extract().path("id");
        assertThat(export(again, "yaml")).isEqualTo(yaml);
        given().auth().oauth2(Api.PROVIDER).get("/api/plans/" + id + "/export").then().statusCode(403);
        given().auth().oauth2(Api.OFFICER).get("/api/plans/" + java.util.UUID.randomUUID() + "/export").then()
                .statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(Api.OFFICER).accept("application/yaml").get("/api/plans/" + again + "/export").then()
                .statusCode(200).contentType(org.hamcrest.Matchers.startsWith("application/yaml"));
    }

    @Test
    void aBadImportIsRefusedWholeAndNothingIsImported() throws IOException {
        PlanDocument uppsala = YAML.readValue(resource("uppsala-2023-2026.yaml"), PlanDocument.class);
        String name = "Trasig import " + System.nanoTime();

        var actions = new java.util.ArrayList<>(uppsala.actions());
        actions.add(actions.get(4)); // action 5 twice
        assertRefused(withName(uppsala, name, actions, uppsala.indicators()), "actions[24].number");

        var indicators = new java.util.ArrayList<>(uppsala.indicators());
        var i = indicators.get(3);
        indicators.set(3, new PlanDocument.IndicatorDoc(i.code(), i.area(), i.title(), i.unit(), "antal-glada-chefer",
                null, null, null, null, null));
        assertRefused(withName(uppsala, name, uppsala.actions(), indicators), "indicators[3].statistic");

        given().auth().oauth2(Api.MANAGER).contentType("application/yaml").body("name: [unclosed".getBytes())
                .post("/api/plans/import").then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(Api.MANAGER).contentType(ContentType.JSON).body(Map.of("name", name))
                .post("/api/plans/import").then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(Api.OFFICER).contentType(ContentType.JSON).body(json.writeValueAsString(uppsala))
                .post("/api/plans/import").then().statusCode(403);

        List<PlanView.Summary> plans = given().auth().oauth2(Api.MANAGER).get("/api/plans?size=500").then()
                .extract().jsonPath().getList("items", PlanView.Summary.class);
        assertThat(plans).noneMatch(p -> p.name().equals(name));
    }

    private void assertRefused(PlanDocument doc, String field) throws IOException {
        byte[] yaml = YAML.writeValueAsBytes(doc);
        given().auth().oauth2(Api.MANAGER).contentType("application/yaml; charset=UTF-8").body(yaml)
                .post("/api/plans/import").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo(field));
    }

    private static PlanDocument withName(PlanDocument d, String name, List<PlanDocument.Action> actions,
            List<PlanDocument.IndicatorDoc> indicators) {
        return new PlanDocument(name, d.organisation(), d.periodFrom(), d.periodTo(), d.boardGoal(), d.interimMonth(),
                d.areas(), actions, indicators, d.goals());
    }
}
