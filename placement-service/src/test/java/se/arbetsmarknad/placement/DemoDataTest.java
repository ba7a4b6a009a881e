package se.arbetsmarknad.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static se.arbetsmarknad.placement.Fixtures.ADMIN;
import static se.arbetsmarknad.placement.Fixtures.as;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import se.arbetsmarknad.placement.demo.DemoData;
import se.arbetsmarknad.platform.testing.TestTokens;

/** Loads the demo data deliberately (start-up loading stays off in tests) and checks it is idempotent. */
@QuarkusTest
class DemoDataTest {

    @Inject
    DemoData demo;

    @Test
    void loadsMalmosForvaltningarAndEmployersOnceThroughTheServices() {
        int first = QuarkusTransaction.requiringNew().call(() -> demo.load());
        assertThat(first).isEqualTo(19); // 14 förvaltningar from Tabell 1 + 5 employers
        int second = QuarkusTransaction.requiringNew().call(() -> demo.load());
        assertThat(second).isZero();

        JsonPath orgs = as(ADMIN).get("/api/organisations?kind=forvaltning&size=500").then().statusCode(200).extract().jsonPath();
        Map<String, Object> grundskola = orgs.getMap("items.find { it.code == 'grundskoleforvaltningen' }");
        assertThat(grundskola.get("employees")).isEqualTo(6095);
        assertThat(grundskola.get("quota")).isEqualTo(347);
        // the demo provider of the realm sees their organisation and its placements
        String greta = TestTokens.provider("greta.grundskola", "grundskoleforvaltningen");
        as(greta).get("/api/organisations").then().body("items.code", equalTo(List.of("grundskoleforvaltningen")));
        as(greta).get("/api/placements?size=500").then().statusCode(200).body("items.kind", hasItem("feriepraktik"));
        String bo = TestTokens.provider("bo.bussbolaget", "bussbolaget-syd");
        as(bo).get("/api/placements?size=500").then().body("items.title", hasItem("Bussförare – 12 veckor"))
                .body("items.find { it.title == 'Bussförare – 12 veckor' }.seats", equalTo(38));
        int feriepraktik = as(ADMIN).get("/api/placements?kind=feriepraktik").then().extract().path("total");
        assertThat(feriepraktik).isGreaterThanOrEqualTo(12);
    }
}
