package se.arbetsmarknad.reporting.statistics;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import se.arbetsmarknad.platform.testing.TestTokens;
import se.arbetsmarknad.reporting.Feed;

/**
 * Uppsala's indicators the suite counts from its own events: 4.1, exits to work or studies of participants
 * with sfi studieväg 1, and 4.2, employments with support started by participants in long-term assistance
 * (≥ 10 of 12 months when the employment starts) whose försörjningshinder is arbetslöshet.
 */
@QuarkusTest
class UppsalaIndicatorsTest {

    static final String MANAGER = TestTokens.manager("maria");
    static final int YEAR = 2011;

    static JsonPath statistic(String id, String unit) {
        return given().auth().oauth2(MANAGER).get("/api/statistics/" + id + "?year=" + YEAR + "&unit=" + unit).then()
                .statusCode(200).extract().jsonPath();
    }

    static String unit() {
        return "upp-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void exitsToWorkOrStudiesWithSfiStudyPath1() {
        String unit = unit();
        LocalDate enrolled = LocalDate.of(YEAR, 1, 10);
        for (int i = 0; i < 6; i++) {
            Feed.exit(Feed.enrol(unit, "K", enrolled, null, "sfi-1", "arbetsloshet"), unit, i % 2 == 0 ? "arbete" : "studier",
                    LocalDate.of(YEAR, 5, 10));
        }
        // Not counted: sfi-1 to something else, another level to work.
        Feed.exit(Feed.enrol(unit, "K", enrolled, null, "sfi-1", null), unit, "annat", LocalDate.of(YEAR, 5, 11));
        Feed.exit(Feed.enrol(unit, "K", enrolled, null, "sfi-2", null), unit, "arbete", LocalDate.of(YEAR, 5, 11));
        Feed.exit(Feed.enrol(unit, "K", enrolled, null, "modersmal", null), unit, "studier", LocalDate.of(YEAR, 5, 12));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                statistic("exits-to-work-or-studies", unit).getInt("rows[4].T")).isEqualTo(8));
        JsonPath sfi = statistic("sfi-1-exits-to-work-or-studies", unit);
        assertThat(sfi.getInt("rows[4].T")).isEqualTo(6);
        assertThat(sfi.getInt("rows[4].K")).isEqualTo(6);
    }

    @Test
    void employmentsStartedInLongTermAssistanceWithUnemploymentAsTheObstacle() {
        String unit = unit();
        LocalDate enrolled = LocalDate.of(YEAR, 1, 10);
        LocalDate start = LocalDate.of(YEAR, 3, 7);
        // Long-term since November the year before (assistance since January): counted.
        for (int i = 0; i < 6; i++) {
            UUID id = Feed.enrol(unit, "M", enrolled, LocalDate.of(YEAR - 1, 1, 1), "sfi-3", "arbetsloshet");
            Feed.intervention(id, unit, "extratjanst", "anstallning-med-stod", start);
        }
        // Not counted: another obstacle; long-term only from October (assistance since December); an internship.
        Feed.intervention(Feed.enrol(unit, "M", enrolled, LocalDate.of(YEAR - 1, 1, 1), "sfi-3", "sjukskriven-lakarintyg"),
                unit, "extratjanst", "anstallning-med-stod", start);
        Feed.intervention(Feed.enrol(unit, "M", enrolled, LocalDate.of(YEAR - 1, 12, 1), "sfi-3", "arbetsloshet"),
                unit, "extratjanst", "anstallning-med-stod", start);
        Feed.intervention(Feed.enrol(unit, "M", enrolled, LocalDate.of(YEAR - 1, 1, 1), "sfi-3", "arbetsloshet"),
                unit, "praktik", "praktik", start);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                statistic("supported-employments-started", unit).getInt("rows[2].T")).isEqualTo(8));
        JsonPath longTerm = statistic("long-term-unemployed-employments-started", unit);
        assertThat(longTerm.getInt("rows[2].T")).isEqualTo(6);
        assertThat(longTerm.getInt("rows[2].M")).isEqualTo(6);
    }
}
