package se.arbetsmarknad.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static se.arbetsmarknad.placement.Fixtures.as;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.arbetsmarknad.platform.events.Topics;
import se.arbetsmarknad.platform.testing.TestTokens;
import se.arbetsmarknad.platform.testing.TopicProbe;

/**
 * A proposal and its answer recorded afterwards keep their own days (a provider answering on paper, a
 * history brought in): the match starts on the answer's day at the earliest, and the events carry the
 * days. Never in the future, and no answer before its proposal.
 */
@QuarkusTest
class MatchRecordedAfterwardsTest {

    static final String ERIK = TestTokens.caseOfficer("erik", "arbete-forsorjning");

    @Test
    void theDaysOfAProposalAndItsAnswerAreKept() {
        Fixtures.Org org = Fixtures.org("forvaltning");
        Map<String, Object> body = Fixtures.placement(org.id(), "extratjanst", "9629", 2);
        body.put("periodStart", "2020-01-01");
        body.put("periodEnd", "2021-06-30");
        UUID placement = UUID.fromString(as(Fixtures.ADMIN).body(body).post("/api/placements").then().statusCode(201)
                .extract().path("id"));
        UUID participant = Participants.enrol("arbete-forsorjning", Map.of());
        String future = LocalDate.now().plusDays(3).toString();
        as(ERIK).body(Map.of("placementId", placement, "participantId", participant, "on", future)).post("/api/matches")
                .then().statusCode(400).body("errors[0].field", equalTo("on"));
        String id = as(ERIK).body(Map.of("placementId", placement, "participantId", participant, "on", "2020-03-02"))
                .post("/api/matches").then().statusCode(201).body("proposedOn", equalTo("2020-03-02")).extract().path("id");
        as(org.provider()).body(Map.of("on", "2020-03-01")).post("/api/matches/" + id + "/accept").then().statusCode(400)
                .body("errors[0].field", equalTo("on"));
        as(org.provider()).body(Map.of("on", "2020-03-16")).post("/api/matches/" + id + "/accept").then().statusCode(200)
                .body("decidedOn", equalTo("2020-03-16")).body("startDate", equalTo("2020-03-16"));
        as(ERIK).body(Map.of("on", future)).post("/api/matches/" + id + "/start").then().statusCode(400)
                .body("errors[0].field", equalTo("on"));
        as(ERIK).body(Map.of("on", "2020-03-16")).post("/api/matches/" + id + "/start").then().statusCode(200);
        as(org.provider()).body(Map.of("reason", "fullfoljd", "on", future)).post("/api/matches/" + id + "/end")
                .then().statusCode(400).body("errors[0].field", equalTo("on"));
        as(org.provider()).body(Map.of("reason", "fullfoljd", "on", "2021-03-15")).post("/api/matches/" + id + "/end")
                .then().statusCode(200).body("endedOn", equalTo("2021-03-15"));

        var accepted = TopicProbe.await(Topics.MATCH, "match.accepted", id, 1).get(0);
        TopicProbe.assertConforms(accepted);
        assertThat(accepted.data().path("on").asText()).isEqualTo("2020-03-16");
        assertThat(accepted.data().path("startDate").asText()).isEqualTo("2020-03-16");
        assertThat(TopicProbe.await(Topics.MATCH, "match.proposed", id, 1).get(0).data().path("on").asText())
                .isEqualTo("2020-03-02");
        // Without a day, today as before.
        UUID other = Participants.enrol("arbete-forsorjning", Map.of());
        String today = as(ERIK).body(Map.of("placementId", placement, "participantId", other)).post("/api/matches").then()
                .statusCode(201).extract().path("proposedOn");
        assertThat(today).isEqualTo(LocalDate.now(se.arbetsmarknad.platform.time.SuiteClock.ZONE).toString());
    }
}
