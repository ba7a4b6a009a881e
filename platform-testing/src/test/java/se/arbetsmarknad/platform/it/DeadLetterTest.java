package se.arbetsmarknad.platform.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.arbetsmarknad.platform.inbox.BatchConsumer;
import se.arbetsmarknad.platform.testing.TopicProbe;

@QuarkusTest
class DeadLetterTest {

    static final String DLQ = "platform-test.dlq.v1";

    @Test
    void messagesThatCannotBeHandledGoToTheDeadLetterTopicWithTheirReasonAndTheConsumerGoesOn() {
        TopicProbe.send("thing.events.v1", "junk", "this is not json");
        TopicProbe.send("thing.events.v1", TopicProbe.envelope("thing.changed", "bad", Map.of("thingId", "bad", "n", -1)));
        TopicProbe.send("thing.events.v1", TopicProbe.envelope("thing.changed", "poison-1", Map.of("thingId", "poison-1", "n", 1)));
        TopicProbe.send("thing.events.v1", TopicProbe.envelope("thing.changed", "after-dlq", Map.of("thingId", "after-dlq", "n", 1)));

        List<ConsumerRecord<String, String>> dead = TopicProbe.deadLetters(DLQ, "junk", "bad", "poison-1");
        assertThat(dead).extracting(ConsumerRecord::key).contains("junk", "bad", "poison-1");
        assertThat(TopicProbe.deadLetterReason(dead, "junk")).contains("not a JSON CloudEvent");
        assertThat(TopicProbe.deadLetterReason(dead, "bad")).contains("breaks its contract").contains("n");
        assertThat(TopicProbe.deadLetterReason(dead, "poison-1")).contains("cannot apply poison-1");

        // The consumer did not stop at the bad messages.
        TopicProbe.await("thing.events.v1", "thing.changed", "after-dlq", 1);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> applied("after-dlq"));
    }

    @Inject
    BatchConsumer batches;

    @Test
    void aBatchThatFailsWhileTheServiceStopsIsThrownForRedeliveryNotDeadLettered() {
        String key = "stopping-" + UUID.randomUUID();
        var record = new ConsumerRecord<>("thing.events.v1", 0, 0L, key,
                TopicProbe.envelope("thing.changed", key, Map.of("thingId", key, "n", 1)).toString());
        // What a closing service's handler meets: its EntityManagerFactory going away under it.
        BatchConsumer.Handler closing = event -> {
            throw new IllegalStateException("EntityManagerFactory is closed");
        };
        batches.stopping(true);
        try {
            assertThatThrownBy(() -> batches.applyWith(List.of(record), closing)).hasMessageContaining("stopping")
                    .hasRootCauseMessage("EntityManagerFactory is closed");
        } finally {
            batches.stopping(false);
        }
        // Running, the same failure is the event's own: it goes to the dead-letter topic, once (not also before).
        batches.applyWith(List.of(record), closing);
        List<ConsumerRecord<String, String>> dead = TopicProbe.deadLetters(DLQ, key);
        assertThat(dead).filteredOn(r -> key.equals(r.key())).hasSize(1);
        assertThat(TopicProbe.deadLetterReason(dead, key)).contains("EntityManagerFactory is closed");
    }

    static boolean applied(String id) {
        try (var c = java.sql.DriverManager.getConnection(se.arbetsmarknad.platform.testing.PostgresTestResource.jdbcUrl(),
                "postgres", "postgres");
                var s = c.prepareStatement("select count(*) from applied_change where thing_id = ?")) {
            s.setString(1, id);
            var rs = s.executeQuery();
            rs.next();
            return rs.getLong(1) == 1;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
