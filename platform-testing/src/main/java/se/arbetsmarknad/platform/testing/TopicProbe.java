package se.arbetsmarknad.platform.testing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import se.arbetsmarknad.platform.events.CloudEvent;
import se.arbetsmarknad.platform.events.EventContracts;
import se.arbetsmarknad.platform.inbox.DeadLetters;
import se.arbetsmarknad.platform.time.SuiteClock;

/**
 * Reads and writes the real broker's topics in tests: what a producer published (checked against the
 * contracts) and events for a consumer to apply.
 */
public final class TopicProbe {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());
    private static final EventContracts CONTRACTS = new EventContracts();

    private TopicProbe() {
    }

    /** A record as read from a topic: key, the parsed envelope and the Kafka headers we set. */
    public record Received(String topic, int partition, long offset, String key, JsonNode event) {
        public String type() {
            return event.path("type").asText();
        }

        public String subject() {
            return event.path("subject").asText();
        }

        public JsonNode data() {
            return event.path("data");
        }
    }

    /** Every record on the topic from the beginning, read until {@code until} holds (at most 30 s). */
    public static List<Received> readUntil(String topic, Predicate<List<Received>> until) {
        List<Received> all = new ArrayList<>();
        recordsUntil(topic, records -> {
            for (ConsumerRecord<String, String> r : records.subList(all.size(), records.size())) {
                all.add(new Received(r.topic(), r.partition(), r.offset(), r.key(), parse(r.value())));
            }
            return until.test(all);
        });
        return all;
    }

    /**
     * Every record on the topic from the beginning as Kafka gives it, headers included and nothing parsed (a
     * dead-letter topic also holds what was never an event), read until {@code until} holds (at most 30 s).
     */
    public static List<ConsumerRecord<String, String>> recordsUntil(String topic,
            Predicate<List<ConsumerRecord<String, String>>> until) {
        List<ConsumerRecord<String, String>> all = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerProps())) {
            consumer.subscribe(List.of(topic));
            Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(all::add);
                return until.test(all);
            });
        }
        return all;
    }

    /** Every record on the topic right now, from the beginning up to its end as it is when called. */
    public static List<ConsumerRecord<String, String>> recordsSoFar(String topic) {
        List<ConsumerRecord<String, String>> all = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerProps())) {
            var partitions = consumer.partitionsFor(topic).stream()
                    .map(i -> new TopicPartition(i.topic(), i.partition())).toList();
            if (partitions.isEmpty()) {
                return all; // the topic does not exist yet
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            var end = consumer.endOffsets(partitions);
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(all::add);
                return partitions.stream().allMatch(tp -> consumer.position(tp) >= end.get(tp));
            });
        }
        return all;
    }

    /** A service's dead-letter topic from the beginning, until a record of every one of {@code keys} is there. */
    public static List<ConsumerRecord<String, String>> deadLetters(String topic, String... keys) {
        return recordsUntil(topic, all -> all.stream().map(ConsumerRecord::key).toList().containsAll(List.of(keys)));
    }

    /** The reason the platform's dead-lettering gave for the record with {@code key}. */
    public static String deadLetterReason(List<ConsumerRecord<String, String>> dead, String key) {
        ConsumerRecord<String, String> r = dead.stream().filter(d -> key.equals(d.key())).findFirst()
                .orElseThrow(() -> new AssertionError("no dead letter with key " + key));
        String reason = header(r, DeadLetters.REASON);
        if (reason == null) {
            throw new AssertionError("the dead letter " + key + " has no " + DeadLetters.REASON + " header");
        }
        return reason;
    }

    /** A header's value as text; null when the record has none of that name. */
    public static String header(ConsumerRecord<String, String> r, String name) {
        var h = r.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    /** Reads until at least {@code count} events of {@code type} for {@code subject} (null: any) arrived. */
    public static List<Received> await(String topic, String type, String subject, int count) {
        return readUntil(topic, all -> all.stream()
                .filter(r -> r.type().equals(type) && (subject == null || subject.equals(r.subject())))
                .count() >= count).stream()
                .filter(r -> r.type().equals(type) && (subject == null || subject.equals(r.subject())))
                .toList();
    }

    /** Fails unless the record is a complete CloudEvent, keyed by its subject, whose data fits its contract. */
    public static void assertConforms(Received r) {
        JsonNode e = r.event();
        for (String field : List.of("specversion", "id", "type", "source", "time", "subject", "data")) {
            if (e.path(field).isMissingNode() || e.path(field).isNull()) {
                throw new AssertionError("event lacks '" + field + "': " + e);
            }
        }
        if (!r.subject().equals(r.key())) {
            throw new AssertionError("record key " + r.key() + " differs from subject " + r.subject());
        }
        var violations = CONTRACTS.violations(r.type(), r.data());
        if (!violations.isEmpty()) {
            throw new AssertionError(r.type() + " breaks its contract: " + violations + " in " + r.data());
        }
    }

    /** Builds an envelope the way the outbox does, for feeding a consumer. */
    public static ObjectNode envelope(String type, String subject, Object data) {
        ObjectNode e = JSON.createObjectNode();
        e.put("specversion", CloudEvent.SPEC_VERSION);
        e.put("id", UUID.randomUUID().toString());
        e.put("type", type);
        e.put("source", "/test");
        e.put("time", SuiteClock.system().now().toString());
        e.put("subject", subject);
        e.put("datacontenttype", CloudEvent.CONTENT_TYPE);
        e.set("data", JSON.valueToTree(data));
        return e;
    }

    /** Sends one record and waits for the broker's acknowledgement. */
    public static void send(String topic, String key, String value) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTestResource.bootstrapServers());
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p)) {
            Future<RecordMetadata> ack = producer.send(new ProducerRecord<>(topic, key, value));
            ack.get();
        } catch (Exception e) {
            throw new IllegalStateException("Could not send to " + topic, e);
        }
    }

    public static void send(String topic, JsonNode envelope) {
        send(topic, envelope.path("subject").asText(), envelope.toString());
    }

    public static ObjectMapper json() {
        return JSON;
    }

    /** Records that are not JSON (a test may put junk on a topic) are kept as text. */
    private static JsonNode parse(String value) {
        try {
            return JSON.readTree(value);
        } catch (Exception e) {
            return JSON.getNodeFactory().textNode(value);
        }
    }

    private static Properties consumerProps() {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTestResource.bootstrapServers());
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "probe-" + UUID.randomUUID());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"); // as the services read
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        return p;
    }
}
