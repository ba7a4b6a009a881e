package se.arbetsmarknad.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static se.arbetsmarknad.placement.Fixtures.ADMIN;
import static se.arbetsmarknad.placement.Fixtures.as;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import se.arbetsmarknad.placement.matching.ParticipantStatus;
import se.arbetsmarknad.placement.common.SwedishLevel;
import se.arbetsmarknad.platform.events.Topics;
import se.arbetsmarknad.platform.testing.TestTokens;
import se.arbetsmarknad.platform.testing.TopicProbe;

/**
 * Issue 14.2: a participant who exits, is erased or whose match's intervention ends holds no seat. The
 * participant's events end the match through the consumer, once, and the seat is free again.
 */
@QuarkusTest
class SeatReleaseTest {

    static final String ANNA = TestTokens.caseOfficer("anna", "unga-18-24");

    record Started(Fixtures.Org org, UUID placement, UUID participant, String match) {
    }

    /** A participant with a started match on a one-seat placement: the placement is filled. */
    static Started started(String status) {
        Fixtures.Org org = Fixtures.org("privat");
        UUID placement = Fixtures.openPlacement(org.id(), "extratjanst", "9111", 1);
        UUID participant = Participants.enrol("unga-18-24", Map.of());
        String match = MatchLifecycleTest.propose(ANNA, placement, participant);
        as(org.provider()).post("/api/matches/" + match + "/accept").then().statusCode(200);
        if ("started".equals(status)) {
            as(ANNA).body(Map.of()).post("/api/matches/" + match + "/start")
                    .then().statusCode(200);
        }
        as(ADMIN).get("/api/placements/" + placement).then().body("seatsFilled", equalTo(1)).body("status", equalTo("filled"));
        return new Started(org, placement, participant, match);
    }

    static void awaitMatch(String match, String status) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> status.equals(as(ADMIN).get("/api/matches/" + match).then().extract().path("status")));
    }

    static ObjectNode exited(UUID participant, LocalDate on) {
        return TopicProbe.envelope("participant.exited", participant.toString(), Map.of("participantId", participant.toString(),
                "enrolmentId", UUID.randomUUID().toString(), "unit", "unga-18-24", "exitedOn", on.toString(), "reason", "arbete"));
    }

    static ObjectNode interventionEnded(UUID participant, UUID placement, String match, LocalDate on) {
        Map<String, Object> d = new HashMap<>();
        d.put("participantId", participant.toString());
        d.put("enrolmentId", UUID.randomUUID().toString());
        d.put("unit", "unga-18-24");
        d.put("interventionId", UUID.randomUUID().toString());
        d.put("kind", "extratjanst");
        d.put("category", "anstallning-med-stod");
        d.put("startedOn", LocalDate.now().toString());
        d.put("endedOn", on.toString());
        d.put("placementId", placement.toString());
        d.put("matchId", match);
        return TopicProbe.envelope("participant.intervention-ended", participant.toString(), d);
    }

    /** Applied in order after everything sent before it for the same participant (same key, same partition). */
    static void sendMarkerAndWait(UUID participant) {
        Map<String, Object> changed = Participants.enrolled(participant, "unga-18-24");
        changed.remove("enrolledOn");
        changed.remove("reopened");
        changed.put("on", LocalDate.now().toString());
        changed.put("swedishLevel", "modersmal");
        Participants.send("participant.attributes-changed", participant, changed);
        Participants.awaitProfile(participant, p -> p != null && p.swedishLevel == SwedishLevel.MODERSMAL);
    }

    @Test
    void anExitEndsAStartedMatchFreesTheSeatAndARedeliveryChangesNothing() {
        Started s = started("started");
        // a second proposal of the same participant elsewhere is declined: no open proposal for someone who left
        UUID other = Fixtures.openPlacement(s.org().id(), "praktik", "9111", 2);
        String proposal = MatchLifecycleTest.propose(ANNA, other, s.participant());

        ObjectNode exit = exited(s.participant(), LocalDate.now().plusDays(30));
        TopicProbe.send(Topics.PARTICIPANT, exit);
        awaitMatch(s.match(), "ended");
        as(ADMIN).get("/api/placements/" + s.placement()).then().body("seatsFilled", equalTo(0)).body("status", equalTo("open"));
        as(ADMIN).get("/api/matches/" + s.match()).then().body("endReason", equalTo("deltagaren-avslutad"))
                .body("endedOn", equalTo(LocalDate.now().plusDays(30).toString()));
        as(ADMIN).get("/api/matches/" + proposal).then().body("status", equalTo("declined"))
                .body("declineReason", equalTo("deltagaren-avslutad"));

        // the same event again, and the end of the intervention that came from the match: nothing more happens
        TopicProbe.send(Topics.PARTICIPANT, exit);
        TopicProbe.send(Topics.PARTICIPANT, interventionEnded(s.participant(), s.placement(), s.match(), LocalDate.now().plusDays(30)));
        sendMarkerAndWait(s.participant());
        as(ADMIN).get("/api/placements/" + s.placement()).then().body("seatsFilled", equalTo(0));

        List<TopicProbe.Received> ended = TopicProbe.await(Topics.MATCH, "match.ended", s.match(), 1);
        assertThat(ended).hasSize(1);
        TopicProbe.assertConforms(ended.get(0));
        assertThat(ended.get(0).data().path("reason").asText()).isEqualTo("deltagaren-avslutad");
        TopicProbe.Received declined = TopicProbe.await(Topics.MATCH, "match.declined", proposal, 1).get(0);
        TopicProbe.assertConforms(declined);
        // the freed seat reaches placement.events.v1
        List<TopicProbe.Received> changes = TopicProbe.await(Topics.PLACEMENT, "placement.changed", s.placement().toString(), 2);
        assertThat(changes.get(changes.size() - 1).data().path("seatsFilled").asInt()).isZero();
    }

    @Test
    void theEndOfTheMatchsInterventionEndsTheMatch() {
        Started s = started("accepted");
        LocalDate on = LocalDate.now().plusDays(3);
        TopicProbe.send(Topics.PARTICIPANT, interventionEnded(s.participant(), s.placement(), s.match(), on));
        awaitMatch(s.match(), "ended");
        as(ADMIN).get("/api/matches/" + s.match()).then().body("endReason", equalTo("insatsen-avslutad"))
                .body("endedOn", equalTo(on.toString()));
        as(ADMIN).get("/api/placements/" + s.placement()).then().body("seatsFilled", equalTo(0)).body("status", equalTo("open"));
        TopicProbe.assertConforms(TopicProbe.await(Topics.MATCH, "match.ended", s.match(), 1).get(0));
        // the participant stays active: an ended intervention is not an exit
        assertThat(Participants.profile(s.participant()).status).isEqualTo(ParticipantStatus.ACTIVE);
    }

    @Test
    void anInterventionEndNamingAnotherParticipantsMatchChangesNothing() {
        Started s = started("started");
        UUID stranger = Participants.enrol("unga-18-24", Map.of());
        TopicProbe.send(Topics.PARTICIPANT, interventionEnded(stranger, s.placement(), s.match(), LocalDate.now()));
        sendMarkerAndWait(stranger);
        as(ADMIN).get("/api/matches/" + s.match()).then().body("status", equalTo("started"));
        as(ADMIN).get("/api/placements/" + s.placement()).then().body("seatsFilled", equalTo(1));
    }

    @Test
    void erasureEndsTheMatchAndForgetsTheParticipant() {
        Started s = started("started");
        Participants.send("participant.erased", s.participant(), Map.of("participantId", s.participant().toString()));
        awaitMatch(s.match(), "ended");
        as(ADMIN).get("/api/matches/" + s.match()).then().body("endReason", equalTo("uppgifter-gallrade"));
        as(ADMIN).get("/api/placements/" + s.placement()).then().body("seatsFilled", equalTo(0)).body("status", equalTo("open"));
        assertThat(Participants.profile(s.participant())).isNull();
        TopicProbe.assertConforms(TopicProbe.await(Topics.MATCH, "match.ended", s.match(), 1).get(0));
    }
}
