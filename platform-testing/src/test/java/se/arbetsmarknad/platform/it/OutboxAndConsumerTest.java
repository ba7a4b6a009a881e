package se.arbetsmarknad.platform.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import se.arbetsmarknad.platform.outbox.OutboxRelay;
import se.arbetsmarknad.platform.testing.KafkaTestResource;
import se.arbetsmarknad.platform.testing.TestTokens;
import se.arbetsmarknad.platform.testing.TopicProbe;

@QuarkusTest
class OutboxAndConsumerTest {

    static final String TOPIC = "thing.events.v1";
    static final String TOKEN = TestTokens.caseOfficer("anna", "unga-18-24");

    @Inject
    EntityManager em;
    @Inject
    OutboxRelay relay;
    @Inject
    MeterRegistry registry;

    @Test
    void eventsReachTheTopicInOrderPerKeyAndConformToTheirContract() {
        post(List.of(change("a", 1), change("b", 1), change("a", 2), change("b", 2), change("a", 3)));
        List<TopicProbe.Received> got = TopicProbe.readUntil(TOPIC,
                all -> all.stream().filter(r -> r.subject().equals("a")).count() >= 3).stream()
                .filter(r -> r.event().path("source").asText().equals("/platform-test")).toList();
        got.forEach(TopicProbe::assertConforms);
        assertThat(got.stream().filter(r -> r.key().equals("a")).map(r -> r.data().path("n").asInt()))
                .containsSubsequence(1, 2, 3);
    }

    @Test
    void writesGoOnWhileTheBrokerIsDownAndNothingIsLostOrAppliedTwice() {
        KafkaTestResource.stopBroker();
        List<Map<String, Object>> sent = new ArrayList<>();
        try {
            for (int n = 0; n < 20; n++) {
                Map<String, Object> c = change("outage-" + (n % 4), n);
                post(List.of(c)); // the write succeeds although Kafka is away
                sent.add(c);
            }
            assertThat(relay.pending()).isGreaterThanOrEqualTo(20);
            // Keep the broker away until the relay has tried and failed, so the retry path is exercised.
            await().atMost(Duration.ofSeconds(90)).until(() -> count(
                    "select count(*) from outbox_event where published_at is null and last_error is not null") > 0);
            // The backlog gauges (kept by the relay, not queried per scrape) show the outage.
            await().atMost(Duration.ofSeconds(30)).until(() -> gauge("outbox.pending") >= 20);
            assertThat(gauge("outbox.oldest.pending.age")).isGreaterThan(0);
        } finally {
            KafkaTestResource.startBroker();
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> relay.pending() == 0);
        await().atMost(Duration.ofSeconds(30)).until(() -> gauge("outbox.pending") == 0 && gauge("outbox.oldest.pending.age") == 0);
        await().atMost(Duration.ofSeconds(30)).until(() -> appliedFor("outage-").values().stream().mapToInt(List::size).sum() >= 20);

        // Every event applied exactly once, and in order within each key.
        Map<String, List<Integer>> applied = appliedFor("outage-");
        for (int k = 0; k < 4; k++) {
            int key = k;
            assertThat(applied.get("outage-" + k)).containsExactlyElementsOf(
                    IntStream.range(0, 20).filter(n -> n % 4 == key).boxed().toList());
        }
    }

    @Test
    void aRedeliveredEventChangesNothing() {
        post(List.of(change("dup-1", 7)));
        await().atMost(Duration.ofSeconds(30)).until(() -> appliedFor("dup-1").size() == 1);
        // Deliver the very same envelope again, as a relay re-send or a replay would.
        TopicProbe.Received original = TopicProbe.await(TOPIC, "thing.changed", "dup-1", 1).get(0);
        TopicProbe.send(TOPIC, original.event());
        post(List.of(change("dup-marker", 1)));
        await().atMost(Duration.ofSeconds(30)).until(() -> appliedFor("dup-marker").size() == 1);
        assertThat(appliedFor("dup-1").get("dup-1")).containsExactly(7);
    }

    @Test
    void aStateChangeAndItsEventRollBackTogether() {
        long before = relay.pending() + count("select count(*) from outbox_event");
        given().auth().oauth2(TOKEN).post("/things/rolled-back/fail")
                .then().statusCode(409).contentType("application/problem+json");
        assertThat(count("select count(*) from thing where id = 'rolled-back'")).isZero();
        assertThat(count("select count(*) from outbox_event where message_key = 'rolled-back'")).isZero();
        assertThat(relay.pending() + count("select count(*) from outbox_event")).isLessThanOrEqualTo(before);
    }

    double gauge(String name) {
        return registry.get(name).gauge().value();
    }

    static Map<String, Object> change(String id, int n) {
        return Map.of("thingId", id, "n", n);
    }

    static void post(List<Map<String, Object>> changes) {
        given().auth().oauth2(TOKEN).contentType(ContentType.JSON).body(Map.of("changes", changes))
                .post("/things").then().statusCode(204);
    }

    long count(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
    }

    /** What the consumer applied for things whose id starts with {@code prefix}, per thing in applied order. */
    static Map<String, List<Integer>> appliedFor(String prefix) {
        Map<String, List<Integer>> applied = new java.util.LinkedHashMap<>();
        try (var c = java.sql.DriverManager.getConnection(se.arbetsmarknad.platform.testing.PostgresTestResource.jdbcUrl(),
                "postgres", "postgres");
                var s = c.prepareStatement("select thing_id, n from applied_change where thing_id like ? order by seq")) {
            s.setString(1, prefix + "%");
            var rows = s.executeQuery();
            while (rows.next()) {
                applied.computeIfAbsent(rows.getString(1), k -> new ArrayList<>()).add(rows.getInt(2));
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return applied;
    }
}
