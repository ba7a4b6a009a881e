package se.arbetsmarknad.reporting;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import se.arbetsmarknad.platform.testing.TestTokens;
import se.arbetsmarknad.reporting.demo.DemoData;

/**
 * The demo's assistance figures go through the import and give Lund's households: 1 246 a month on average
 * in Q2 2021, 1 060 in Q2 2022, and the summer of 2022 as level as its spring. Imported once.
 */
@QuarkusTest
class DemoDataTest {

    static final String MANAGER = TestTokens.manager("maria.chef");

    @Inject
    DemoData demo;

    static List<Integer> households(int year) {
        return given().auth().oauth2(MANAGER).get("/api/statistics/households-with-assistance?period=month&year=" + year)
                .then().statusCode(200).extract().jsonPath().getList("rows.T", Integer.class);
    }

    @Test
    void theHouseholdsPerMonthAreLundsAndAreImportedOnce() {
        int rows = QuarkusTransaction.requiringNew().call(demo::load);
        assertThat(rows).isGreaterThan(2 * 12 * 7);
        List<Integer> y2021 = households(2021);
        List<Integer> y2022 = households(2022);
        assertThat(y2021.get(3) + y2021.get(4) + y2021.get(5)).isEqualTo(3 * 1246);
        assertThat(y2022.get(3) + y2022.get(4) + y2022.get(5)).isEqualTo(3 * 1060);
        assertThat(y2022.subList(5, 8)).allSatisfy(n -> assertThat(n).isBetween(1050, 1065));
        assertThat(y2021.get(6)).isGreaterThan(y2021.get(4)); // earlier summers rose
        assertThat(QuarkusTransaction.requiringNew().call(demo::load)).isZero();
        given().auth().oauth2(MANAGER).get("/api/assistance-figures/imports").then().statusCode(200)
                .body("importedBy", org.hamcrest.Matchers.hasItem("service-account-ekonomiskt-bistand"));
    }
}
