package se.arbetsmarknad.participant;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static se.arbetsmarknad.participant.Fixtures.ANNA;
import static se.arbetsmarknad.participant.Fixtures.enrolNew;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import se.arbetsmarknad.platform.events.EventContracts;
import se.arbetsmarknad.platform.testing.KafkaTestResource;
import se.arbetsmarknad.platform.testing.TopicProbe;

@QuarkusTest
class MatchConsumerTest {

    static final String MATCH_TOPIC = "match.events.v1";

    @Inject
    EntityManager em;
    @Inject
    EventContracts contracts;

    @Test
    void anAcceptedMatchStartsOneInterventionAndItsEndEndsIt() {
        String participant = enrolNew(ANNA);
        String match = UUID.randomUUID().toString();
        String placement = UUID.randomUUID().toString();
        ObjectNode accepted = TopicProbe.envelope("match.accepted", match, payload(match, placement, participant, "nystartsjobb"));
        assertThat(contracts.violations("match.accepted", accepted.get("data"))).isEmpty();
        TopicProbe.send(MATCH_TOPIC, accepted);
        TopicProbe.send(MATCH_TOPIC, accepted); // redelivered
        TopicProbe.send(MATCH_TOPIC, TopicProbe.envelope("match.started", match, payload(match, placement, participant, "nystartsjobb")));

        TopicProbe.Received started = TopicProbe.await("participant.events.v1", "participant.intervention-started", participant, 1).get(0);
        TopicProbe.assertConforms(started);
        assertThat(started.data().path("matchId").asText()).isEqualTo(match);
        assertThat(started.data().path("placementId").asText()).isEqualTo(placement);
        assertThat(started.data().path("category").asText()).isEqualTo("anstallning-med-stod");
        await().atMost(Duration.ofSeconds(30)).until(() -> processed(accepted.get("id").asText()) == 1);
        await().atMost(Duration.ofSeconds(30)).until(() -> count("select count(*) from processed_event where consumer = 'participant-service'"
                + " and event_type = 'match.started'") >= 1);
        List<Map<String, Object>> interventions = given().auth().oauth2(ANNA).get("/api/participants/" + participant + "/interventions")
                .then().statusCode(200).extract().path("");
        assertThat(interventions).hasSize(1);
        assertThat(interventions.get(0).get("kind")).isEqualTo("nystartsjobb");

        Map<String, Object> ended = payload(match, placement, participant, "nystartsjobb");
        ended.put("on", LocalDate.now().toString());
        TopicProbe.send(MATCH_TOPIC, TopicProbe.envelope("match.ended", match, ended));
        TopicProbe.Received end = TopicProbe.await("participant.events.v1", "participant.intervention-ended", participant, 1).get(0);
        TopicProbe.assertConforms(end);
        assertThat(end.data().path("matchId").asText()).isEqualTo(match);
    }

    /**
     * Issue 14, defect 2 (participant's side): placement-service frees the seat from participant's events. An
     * exit ends the match's intervention first, and that intervention-ended carries the match id, so
     * placement can end exactly that match; participant.exited follows on the same key (same partition,
     * so in this order).
     */
    @Test
    void anExitEndsTheMatchsInterventionAndItsEventNamesTheMatchBeforeTheExit() {
        String participant = enrolNew(ANNA);
        String match = UUID.randomUUID().toString();
        String placement = UUID.randomUUID().toString();
        TopicProbe.send(MATCH_TOPIC, TopicProbe.envelope("match.started", match, payload(match, placement, participant, "praktik")));
        TopicProbe.await("participant.events.v1", "participant.intervention-started", participant, 1);
        given().auth().oauth2(ANNA).contentType(io.restassured.http.ContentType.JSON)
                .body(Map.of("on", LocalDate.now().toString(), "reason", "arbete"))
                .post("/api/participants/" + participant + "/exit").then().statusCode(200);

        List<TopicProbe.Received> events = TopicProbe.readUntil("participant.events.v1", all -> all.stream()
                .anyMatch(r -> r.subject().equals(participant) && r.type().equals("participant.exited")))
                .stream().filter(r -> r.subject().equals(participant)).toList();
        List<String> types = events.stream().map(TopicProbe.Received::type).toList();
        assertThat(types).containsSubsequence("participant.intervention-started", "participant.intervention-ended",
                "participant.exited");
        TopicProbe.Received ended = events.stream().filter(r -> r.type().equals("participant.intervention-ended")).findFirst()
                .orElseThrow();
        TopicProbe.assertConforms(ended);
        assertThat(ended.data().path("matchId").asText()).isEqualTo(match);
        assertThat(ended.data().path("placementId").asText()).isEqualTo(placement);
        assertThat(ended.data().path("endedOn").asText()).isEqualTo(LocalDate.now().toString());
        // A match.ended that placement sends back afterwards changes nothing here (the intervention has ended).
        Map<String, Object> back = payload(match, placement, participant, "praktik");
        back.put("on", LocalDate.now().toString());
        ObjectNode endedBack = TopicProbe.envelope("match.ended", match, back);
        TopicProbe.send(MATCH_TOPIC, endedBack);
        await().atMost(Duration.ofSeconds(30)).until(() -> processed(endedBack.get("id").asText()) == 1);
        assertThat(TopicProbe.await("participant.events.v1", "participant.intervention-ended", participant, 1)).hasSize(1);
    }

    @Test
    void aMatchForAnUnknownParticipantIsIgnoredNotDeadLettered() {
        String match = UUID.randomUUID().toString();
        ObjectNode unknown = TopicProbe.envelope("match.accepted", match,
                payload(match, UUID.randomUUID().toString(), UUID.randomUUID().toString(), "praktik"));
        TopicProbe.send(MATCH_TOPIC, unknown);
        // Applied (recorded as processed, nothing written), so it never reaches the dead-letter topic.
        await().atMost(Duration.ofSeconds(30)).until(() -> processed(unknown.get("id").asText()) == 1);
        assertThat(count("select count(*) from intervention where match_id = cast('" + match + "' as uuid)")).isZero();
    }

    /**
     * A poll is one batch (BatchConsumer): here one Kafka transaction, so it arrives as one, holding matches for
     * three participants, each accepted then ended, plus a message that is no event and one that breaks its
     * contract. Only those two reach the dead-letter topic, with their reasons; every other event is applied
     * once and in its match's order (the intervention started, then ended).
     */
    @Test
    void aBatchIsAppliedInOrderAndOnlyItsPoisonMessagesGoToTheDeadLetterTopic() {
        List<String> participants = List.of(enrolNew(ANNA), enrolNew(ANNA), enrolNew(ANNA));
        List<ProducerRecord<String, String>> batch = new ArrayList<>();
        List<String> matches = new ArrayList<>();
        for (String participant : participants) {
            String match = UUID.randomUUID().toString();
            matches.add(match);
            Map<String, Object> agreed = payload(match, UUID.randomUUID().toString(), participant, "praktik");
            batch.add(record(TopicProbe.envelope("match.accepted", match, agreed)));
            Map<String, Object> ended = new HashMap<>(agreed);
            ended.put("on", LocalDate.now().toString());
            batch.add(record(TopicProbe.envelope("match.ended", match, ended)));
        }
        String junk = "junk-" + UUID.randomUUID();
        batch.add(1, new ProducerRecord<>(MATCH_TOPIC, junk, "this is no event"));
        String broken = UUID.randomUUID().toString();
        batch.add(3, record(TopicProbe.envelope("match.accepted", broken,
                payload(broken, UUID.randomUUID().toString(), participants.get(0), "okand-insatstyp"))));
        sendInOneTransaction(batch);

        for (String participant : participants) {
            TopicProbe.Received ended = TopicProbe.await("participant.events.v1", "participant.intervention-ended", participant, 1)
                    .get(0);
            assertThat(matches).contains(ended.data().path("matchId").asText());
            List<Map<String, Object>> interventions = given().auth().oauth2(ANNA)
                    .get("/api/participants/" + participant + "/interventions").then().statusCode(200).extract().path("");
            assertThat(interventions).hasSize(1);
            assertThat(interventions.get(0).get("endedOn")).isEqualTo(LocalDate.now().toString());
        }
        List<ConsumerRecord<String, String>> dead = TopicProbe.deadLetters("participant-service.dlq.v1", junk, broken);
        assertThat(TopicProbe.deadLetterReason(dead, junk)).contains("not a JSON CloudEvent");
        assertThat(TopicProbe.deadLetterReason(dead, broken)).contains("breaks its contract");
        assertThat(dead).extracting(ConsumerRecord::key).doesNotContainAnyElementsOf(matches);
        assertThat(count("select count(*) from intervention where match_id = cast('" + broken + "' as uuid)")).isZero();
    }

    static ProducerRecord<String, String> record(ObjectNode envelope) {
        return new ProducerRecord<>(MATCH_TOPIC, envelope.path("subject").asText(), envelope.toString());
    }

    static void sendInOneTransaction(List<ProducerRecord<String, String>> records) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTestResource.bootstrapServers());
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "match-batch-" + UUID.randomUUID());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p)) {
            producer.initTransactions();
            producer.beginTransaction();
            records.forEach(producer::send);
            producer.commitTransaction();
        }
    }

    static Map<String, Object> payload(String match, String placement, String participant, String kind) {
        Map<String, Object> d = new HashMap<>();
        d.put("matchId", match);
        d.put("placementId", placement);
        d.put("organisationId", UUID.randomUUID().toString());
        d.put("participantId", participant);
        d.put("unit", "unga-18-24");
        d.put("kind", kind);
        d.put("on", LocalDate.now().toString());
        d.put("startDate", LocalDate.now().toString());
        d.put("endDate", LocalDate.now().plusMonths(6).toString());
        return d;
    }

    long processed(String eventId) {
        return count("select count(*) from processed_event where event_id = cast('" + eventId + "' as uuid)");
    }

    long count(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
    }
}
