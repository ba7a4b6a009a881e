package se.arbetsmarknad.platform.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.arbetsmarknad.platform.testing.KafkaTestResource;
import se.arbetsmarknad.platform.testing.TopicProbe;

@QuarkusTest
class DeadLetterTest {

    @Test
    void messagesThatCannotBeHandledGoToTheDeadLetterTopicWithTheirReasonAndTheConsumerGoesOn() {
        TopicProbe.send("thing.events.v1", "junk", "this is not json");
        TopicProbe.send("thing.events.v1", TopicProbe.envelope("thing.changed", "bad", Map.of("thingId", "bad", "n", -1)));
        TopicProbe.send("thing.events.v1", TopicProbe.envelope("thing.changed", "poison-1", Map.of("thingId", "poison-1", "n", 1)));
        TopicProbe.send("thing.events.v1", TopicProbe.envelope("thing.changed", "after-dlq", Map.of("thingId", "after-dlq", "n", 1)));

        List<ConsumerRecord<String, String>> dead = deadLetters(all -> all.size() >= 3);
        assertThat(dead).extracting(ConsumerRecord::key).contains("junk", "bad", "poison-1");
        assertThat(reason(dead, "junk")).contains("not a JSON CloudEvent");
        assertThat(reason(dead, "bad")).contains("breaks its contract").contains("n");
        assertThat(reason(dead, "poison-1")).contains("cannot apply poison-1");

        // The consumer did not stop at the bad messages.
        TopicProbe.await("thing.events.v1", "thing.changed", "after-dlq", 1);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> applied("after-dlq"));
    }

    /** Reads the service's dead-letter topic from the start until {@code until} holds (at most 30 s). */
    static List<ConsumerRecord<String, String>> deadLetters(Predicate<List<ConsumerRecord<String, String>>> until) {
        List<ConsumerRecord<String, String>> dead = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = probe()) {
            consumer.subscribe(List.of("platform-test.dlq.v1"));
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(dead::add);
                return until.test(dead);
            });
        }
        return dead;
    }

    private static KafkaConsumer<String, String> probe() {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTestResource.bootstrapServers());
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "dlq-probe-" + UUID.randomUUID());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        return new KafkaConsumer<>(p);
    }

    /** Everything on the dead-letter topic right now. */
    static List<ConsumerRecord<String, String>> deadLettersSoFar() {
        List<ConsumerRecord<String, String>> dead = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = probe()) {
            var partitions = consumer.partitionsFor("platform-test.dlq.v1").stream()
                    .map(i -> new org.apache.kafka.common.TopicPartition(i.topic(), i.partition())).toList();
            if (partitions.isEmpty()) {
                return dead; // nothing was dead-lettered yet
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            var end = consumer.endOffsets(partitions);
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(dead::add);
                return partitions.stream().allMatch(tp -> consumer.position(tp) >= end.get(tp));
            });
        }
        return dead;
    }

    static String reason(List<ConsumerRecord<String, String>> dead, String key) {
        ConsumerRecord<String, String> r = dead.stream().filter(d -> key.equals(d.key())).findFirst().orElseThrow();
        var header = r.headers().lastHeader("dead-letter-reason");
        assertThat(header).as("dead-letter-reason header of " + key).isNotNull();
        return new String(header.value(), StandardCharsets.UTF_8);
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
