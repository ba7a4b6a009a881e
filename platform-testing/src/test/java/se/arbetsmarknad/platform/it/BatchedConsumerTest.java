package se.arbetsmarknad.platform.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import se.arbetsmarknad.platform.inbox.DeadLetters;
import se.arbetsmarknad.platform.testing.TopicProbe;

/**
 * The batched consumer on the real broker: many events in one poll, one of them poison. (Broker outage
 * and redelivery are proven by {@link OutboxAndConsumerTest}, invalid messages by {@link DeadLetterTest},
 * both through the same batched consumer.)
 */
@QuarkusTest
class BatchedConsumerTest {

    @Inject
    MeterRegistry registry;

    @Test
    void aPoisonMessageInABatchGoesAloneToTheDeadLetterTopicAndTheOthersAreAppliedOnceInOrder() {
        double fallbacksBefore = registry.counter("inbox.batch.fallbacks").count();
        List<Map<String, Object>> changes = new ArrayList<>();
        IntStream.range(0, 40).forEach(n -> {
            changes.add(OutboxAndConsumerTest.change("batch-" + (n % 4), n));
            if (n == 20) {
                changes.add(OutboxAndConsumerTest.change("poison-in-batch", 1));
            }
        });
        OutboxAndConsumerTest.post(changes); // one transaction: one relay pass, one Kafka transaction

        await().atMost(Duration.ofSeconds(60)).until(() -> OutboxAndConsumerTest.appliedFor("batch-").values().stream()
                .mapToInt(List::size).sum() >= 40);
        Map<String, List<Integer>> applied = OutboxAndConsumerTest.appliedFor("batch-");
        for (int k = 0; k < 4; k++) {
            int key = k;
            assertThat(applied.get("batch-" + k)).as("batch-" + k + " once each, in order")
                    .containsExactlyElementsOf(IntStream.range(0, 40).filter(n -> n % 4 == key).boxed().toList());
        }
        List<ConsumerRecord<String, String>> dead = TopicProbe.deadLetters(DeadLetterTest.DLQ, "poison-in-batch");
        assertThat(dead).filteredOn(r -> "poison-in-batch".equals(r.key())).hasSize(1);
        assertThat(dead).extracting(ConsumerRecord::key).noneMatch(k -> k.startsWith("batch-"));
        assertThat(TopicProbe.deadLetterReason(dead, "poison-in-batch")).contains("cannot apply poison-in-batch");
        assertThat(TopicProbe.header(dead.stream().filter(r -> "poison-in-batch".equals(r.key())).findFirst().orElseThrow(),
                DeadLetters.TOPIC)).isEqualTo(OutboxAndConsumerTest.TOPIC);

        assertThat(ThingApp.Consumer.LARGEST_BATCH.get()).as("events arrived in batches").isGreaterThan(1);
        assertThat(registry.counter("inbox.batch.fallbacks").count()).as("the poison's batch fell back to one by one")
                .isGreaterThan(fallbacksBefore);
        assertThat(count("select count(*) from applied_change where batch is null"))
                .as("the one-event transactions after the failed batch ran the once-per-transaction step too").isZero();
    }

    @Test
    void theOncePerTransactionStepRunsOnceAfterTheEventsOfEachBatch() {
        OutboxAndConsumerTest.post(IntStream.range(0, 10).mapToObj(n -> OutboxAndConsumerTest.change("stamped-" + n, n))
                .toList()); // one relay pass, so one Kafka transaction: one poll
        await().atMost(Duration.ofSeconds(60)).until(() -> OutboxAndConsumerTest.appliedFor("stamped-").size() == 10);
        assertThat(count("select count(*) from applied_change where batch is null"))
                .as("every transaction that applied events ran the step after them").isZero();
        assertThat(count("select count(distinct batch) from applied_change where thing_id like 'stamped-%'"))
                .as("the step ran once per batch, not once per event").isLessThan(10);
    }

    static long count(String sql) {
        try (var c = java.sql.DriverManager.getConnection(se.arbetsmarknad.platform.testing.PostgresTestResource.jdbcUrl(),
                "postgres", "postgres"); var rows = c.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aFailureOfTheDatabaseIsRetriedAndNeverDeadLettered() {
        OutboxAndConsumerTest.post(List.of(OutboxAndConsumerTest.change("flaky-1", 5)));
        await().atMost(Duration.ofSeconds(30)).until(() -> OutboxAndConsumerTest.appliedFor("flaky-1").size() == 1);
        assertThat(OutboxAndConsumerTest.appliedFor("flaky-1").get("flaky-1")).containsExactly(5);
        assertThat(ThingApp.Consumer.FLAKES.get("flaky-1").get()).isEqualTo(3);
        TopicProbe.await(OutboxAndConsumerTest.TOPIC, "thing.changed", "flaky-1", 1);
        assertThat(TopicProbe.recordsSoFar(DeadLetterTest.DLQ)).extracting(ConsumerRecord::key).doesNotContain("flaky-1");
    }
}
