package se.arbetsmarknad.web.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import se.arbetsmarknad.web.clients.GoalsDtos.GoalStatus;

/** What the manager's pages say a goal without an actual waits for, from goals-service's waitingFor (its wording, issue 13). */
class GoalStatusTest {

    static GoalStatus status(String targetKind, Double actual, String source, String waitingFor) {
        return new GoalStatus(UUID.randomUUID(), "Mål", "s", "count", 2022, "100", targetKind, 100.0, null, actual,
                actual == null ? null : Map.of("T", actual), null, "none", "NEJ", null, null, null, null, null, source, waitingFor);
    }

    @Test
    void aGoalWithAnActualWaitsForNothing() {
        assertThat(status("value", 61.0, "Socialförvaltningen", null).waiting()).isNull();
    }

    @Test
    void aGoalWithoutFiguresSaysWhichSourceInSwedishOnly() {
        assertThat(status("value", null, "Socialförvaltningen",
                "Väntar på statistik för 2022: inga uppgifter för året ännu / Waiting for 2022 figures: none for the year yet").waiting())
                .isEqualTo("Väntar på statistik för 2022: inga uppgifter för året ännu.");
        assertThat(status("value", null, "Vuxenutbildningens antagningssystem",
                "Ingen statistik i sviten; följs från källan: Vuxenutbildningens antagningssystem / No statistic in the suite;"
                        + " followed from its source").waiting())
                .isEqualTo("Ingen statistik i sviten; följs från källan: Vuxenutbildningens antagningssystem.");
    }

    /** goals-service's milestone text names the API call that marks it; a manager marks it on the goal's page. */
    @Test
    void anUnreachedMilestoneWaitsForAManagersMarkAndNamesItsSource() {
        String api = "Milstolpe utan tal i sviten: nås när en chef markerar den som nådd (PUT /api/goals/x/milestone); följs från"
                + " källan: Socialförvaltningens utvecklingsarbete om ASF / A milestone with no figure in the suite";
        assertThat(status("milestone", null, "Socialförvaltningens utvecklingsarbete om ASF", api).waiting())
                .isEqualTo("Väntar på att en chef markerar milstolpen som nådd. Följs från källan: Socialförvaltningens utvecklingsarbete om ASF.")
                .doesNotContain("/api");
        assertThat(status("milestone", null, null, api).waiting()).isEqualTo("Väntar på att en chef markerar milstolpen som nådd.");
    }
}
