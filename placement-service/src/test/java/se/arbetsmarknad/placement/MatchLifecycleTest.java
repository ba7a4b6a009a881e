package se.arbetsmarknad.placement;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static se.arbetsmarknad.placement.Fixtures.ADMIN;
import static se.arbetsmarknad.placement.Fixtures.MANAGER;
import static se.arbetsmarknad.placement.Fixtures.as;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.arbetsmarknad.placement.matching.ParticipantStatus;
import se.arbetsmarknad.platform.events.Topics;
import se.arbetsmarknad.platform.testing.TestTokens;
import se.arbetsmarknad.platform.testing.TopicProbe;

@QuarkusTest
class MatchLifecycleTest {

    static final String ANNA = TestTokens.caseOfficer("anna", "unga-18-24");
    static final String ERIK = TestTokens.caseOfficer("erik", "arbete-forsorjning");

    static String propose(String token, UUID placement, UUID participant) {
        return as(token).body(Map.of("placementId", placement, "participantId", participant)).post("/api/matches")
                .then().statusCode(201).body("status", equalTo("proposed")).extract().path("id");
    }

    @Test
    void proposeAcceptStartEndFreesTheSeatAndPublishesEachStep() {
        Fixtures.Org org = Fixtures.org("privat");
        UUID placement = Fixtures.openPlacement(org.id(), "jobbspar", "8331", 1);
        UUID participant = Participants.enrol("unga-18-24", Map.of());
        String id = propose(ANNA, placement, participant);
        as(ANNA).get("/api/matches/" + id).then().statusCode(200).body("score", equalTo(50))
                .body("explanation[0].key", equalTo("occupation"));
        as(ANNA).body(Map.of("placementId", placement, "participantId", participant)).post("/api/matches")
                .then().statusCode(409); // already proposed

        as(org.provider()).post("/api/matches/" + id + "/accept").then().statusCode(200).body("status", equalTo("accepted"));
        as(ADMIN).get("/api/placements/" + placement).then().body("seatsFilled", equalTo(1)).body("status", equalTo("filled"));
        as(org.provider()).post("/api/matches/" + id + "/accept").then().statusCode(409);
        as(ANNA).body(Map.of()).post("/api/matches/" + id + "/start").then().statusCode(200).body("status", equalTo("started"));
        as(org.provider()).body(Map.of("reason", "fullfoljd")).post("/api/matches/" + id + "/end").then().statusCode(200)
                .body("status", equalTo("ended"));
        as(ADMIN).get("/api/placements/" + placement).then().body("seatsFilled", equalTo(0)).body("status", equalTo("open"));
        as(org.provider()).body(Map.of()).post("/api/matches/" + id + "/end").then().statusCode(409);

        for (String type : List.of("match.proposed", "match.accepted", "match.started", "match.ended")) {
            TopicProbe.Received e = TopicProbe.await(Topics.MATCH, type, id, 1).get(0);
            TopicProbe.assertConforms(e);
            assertThat(e.data().path("participantId").asText()).isEqualTo(participant.toString());
            assertThat(e.data().path("unit").asText()).isEqualTo("unga-18-24");
        }
        TopicProbe.Received accepted = TopicProbe.await(Topics.MATCH, "match.accepted", id, 1).get(0);
        assertThat(accepted.data().path("startDate").asText()).isNotBlank();
        // seat occupancy reaches placement.events.v1 too
        List<TopicProbe.Received> changes = TopicProbe.await(Topics.PLACEMENT, "placement.changed", placement.toString(), 2);
        changes.forEach(TopicProbe::assertConforms);
        assertThat(changes.stream().map(c -> c.data().path("seatsFilled").asInt())).containsSubsequence(1, 0);
    }

    @Test
    void aDeclineCarriesAReasonCode() {
        Fixtures.Org org = Fixtures.org("forvaltning");
        UUID placement = Fixtures.openPlacement(org.id(), "praktik", "5311", 2);
        UUID participant = Participants.enrol("arbete-forsorjning", Map.of());
        String id = propose(ERIK, placement, participant);
        as(org.provider()).body(Map.of("reason", "för gammal")).post("/api/matches/" + id + "/decline")
                .then().statusCode(400).body("errors.field", hasItem("reason"));
        as(org.provider()).body(Map.of("reason", "krav-ej-uppfyllt")).post("/api/matches/" + id + "/decline")
                .then().statusCode(200).body("status", equalTo("declined"));
        TopicProbe.Received e = TopicProbe.await(Topics.MATCH, "match.declined", id, 1).get(0);
        TopicProbe.assertConforms(e);
        assertThat(e.data().path("reason").asText()).isEqualTo("krav-ej-uppfyllt");
        as(org.provider()).post("/api/matches/" + id + "/accept").then().statusCode(409);
        as(ERIK).body(Map.of()).post("/api/matches/" + id + "/start").then().statusCode(409);
    }

    @Test
    void accessRules() {
        Fixtures.Org org = Fixtures.org("forvaltning");
        Fixtures.Org other = Fixtures.org("ideell");
        UUID placement = Fixtures.openPlacement(org.id(), "praktik", "5311", 2);
        UUID anna = Participants.enrol("unga-18-24", Map.of());
        // a participant of another unit does not exist for this case officer
        as(ERIK).body(Map.of("placementId", placement, "participantId", anna)).post("/api/matches").then().statusCode(404);
        as(ANNA).body(Map.of("placementId", placement, "participantId", UUID.randomUUID())).post("/api/matches").then().statusCode(404);
        as(ANNA).body(Map.of("placementId", UUID.randomUUID(), "participantId", anna)).post("/api/matches").then().statusCode(404);
        as(org.provider()).body(Map.of("placementId", placement, "participantId", anna)).post("/api/matches").then().statusCode(403);
        given().post("/api/matches/" + UUID.randomUUID() + "/accept").then().statusCode(401);
        String id = propose(ANNA, placement, anna);
        as(ERIK).get("/api/matches/" + id).then().statusCode(404);
        as(ERIK).get("/api/matches?size=500").then().statusCode(200).body("items.id", not(hasItem(id)));
        as(other.provider()).get("/api/matches/" + id).then().statusCode(404);
        as(other.provider()).post("/api/matches/" + id + "/accept").then().statusCode(404);
        as(ANNA).post("/api/matches/" + id + "/accept").then().statusCode(403);
        as(MANAGER).get("/api/matches/" + id).then().statusCode(200);
        as(org.provider()).get("/api/matches?placementId=" + placement).then().statusCode(200).body("items.id", hasItem(id));
        as(ANNA).get("/api/matches?participantId=" + anna).then().statusCode(200).body("items.id", hasItem(id));
    }

    @Test
    void proposalsNeedAnOpenPlacementAndAnActiveParticipant() {
        Fixtures.Org org = Fixtures.org("forvaltning");
        Map<String, Object> draft = Fixtures.placement(org.id(), "praktik", "5311", 1);
        draft.put("publish", false);
        String draftId = as(ADMIN).body(draft).post("/api/placements").then().statusCode(201).extract().path("id");
        UUID participant = Participants.enrol("unga-18-24", Map.of());
        as(ANNA).body(Map.of("placementId", draftId, "participantId", participant)).post("/api/matches")
                .then().statusCode(409).body("errors.field", hasItem("placementId"));
        Participants.send("participant.exited", participant, Map.of("participantId", participant.toString(),
                "enrolmentId", UUID.randomUUID().toString(), "unit", "unga-18-24", "exitedOn", "2026-01-01", "reason", "arbete"));
        Participants.awaitProfile(participant, p -> p.status == ParticipantStatus.EXITED);
        UUID open = Fixtures.openPlacement(org.id(), "praktik", "5311", 1);
        as(ANNA).body(Map.of("placementId", open, "participantId", participant)).post("/api/matches")
                .then().statusCode(409).body("errors.field", hasItem("participantId"));
    }

    @Test
    void tenConcurrentAcceptsOnThreeSeatsNeverOverbook() throws Exception {
        Fixtures.Org org = Fixtures.org("privat");
        UUID placement = Fixtures.openPlacement(org.id(), "extratjanst", "9111", 3);
        List<String> matches = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            matches.add(propose(ANNA, placement, Participants.enrol("unga-18-24", Map.of())));
        }
        String token = org.provider();
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (String m : matches) {
                Callable<Integer> accept = () -> {
                    go.await();
                    return as(token).post("/api/matches/" + m + "/accept").then().extract().statusCode();
                };
                answers.add(pool.submit(accept));
            }
            go.countDown();
            List<Integer> codes = new ArrayList<>();
            for (Future<Integer> f : answers) {
                codes.add(f.get());
            }
            assertThat(codes).as("answers").containsOnly(200, 409);
            assertThat(codes.stream().filter(c -> c == 200).count()).isEqualTo(3);
            assertThat(codes.stream().filter(c -> c == 409).count()).isEqualTo(7);
        } finally {
            pool.shutdownNow();
        }
        as(ADMIN).get("/api/placements/" + placement).then().body("seatsFilled", equalTo(3)).body("status", equalTo("filled"));
        as(token).get("/api/matches?placementId=" + placement + "&status=accepted").then().body("total", equalTo(3));
        as(token).get("/api/matches?placementId=" + placement + "&status=proposed").then().body("total", equalTo(7));
    }
}
