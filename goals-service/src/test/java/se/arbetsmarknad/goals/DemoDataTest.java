package se.arbetsmarknad.goals;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.arbetsmarknad.goals.demo.DemoData;

/** The demo data loads through the services and only once (the start-up switch stays off in tests). */
@QuarkusTest
class DemoDataTest {

    @Inject
    DemoData demo;

    @Test
    void loadsTheUppsalaAndLundPlansOnce() {
        demo.load();
        assertThat(demo.load()).isZero();
        given().auth().oauth2(Api.OFFICER).get("/api/plans?size=500").then().statusCode(200)
                .body("items.name", hasItems("Plan för 1000 fler uppsalabor i egenförsörjning",
                        "Självförsörjningsarbetet 2022: produktionsmål"));
        given().auth().oauth2(Api.OFFICER).get("/api/reference-data/vuxna-invanare").then().statusCode(200)
                .body("values.2026", equalTo(104000.0f));
    }
}
