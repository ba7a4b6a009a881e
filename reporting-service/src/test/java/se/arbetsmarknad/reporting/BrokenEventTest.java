package se.arbetsmarknad.reporting;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.arbetsmarknad.platform.testing.KafkaTestResource;
import se.arbetsmarknad.platform.testing.TestTokens;

/**
 * The batched consumers on the real broker: an event that breaks its contract goes alone to
 * reporting-service.dlq.v1 with its reason, and the events around it are counted.
 */
@QuarkusTest
class BrokenEventTest {

    static final String UNIT = "broken-" + UUID.randomUUID().toString().substring(0, 8);
    static final String MANAGER = TestTokens.manager("maria");

    @Test
    void aBrokenEventIsDeadLetteredAndTheOthersAreCounted() {
        LocalDate day = LocalDate.of(2018, 5, 2);
        for (int i = 0; i < 3; i++) {
            Feed.enrol(UNIT, "K", "20-24", day);
        }
        UUID broken = UUID.randomUUID();
        Map<String, Object> noGender = new HashMap<>();
        noGender.put("participantId", broken.toString());
        noGender.put("unit", UNIT);
        noGender.put("enrolledOn", day.toString());
        Feed.participant("participant.enrolled", broken, noGender);
        for (int i = 0; i < 3; i++) {
            Feed.enrol(UNIT, "K", "20-24", day);
        }

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).untilAsserted(() ->
                assertThat(given().auth().oauth2(MANAGER)
                        .get("/api/statistics/enrolled-unique?period=year&year=2018&unit=" + UNIT)
                        .then().statusCode(200).extract().jsonPath().getInt("rows[0].T"))
                        .as("the six good enrolments").isEqualTo(6));

        ConsumerRecord<String, String> dead = deadLetter(broken.toString());
        assertThat(header(dead, "dead-letter-topic")).isEqualTo(Feed.PARTICIPANTS);
        assertThat(header(dead, "dead-letter-reason")).contains("gender");
    }

    static ConsumerRecord<String, String> deadLetter(String key) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTestResource.bootstrapServers());
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "broken-event-test-" + UUID.randomUUID());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        ConsumerRecord<String, String>[] found = new ConsumerRecord[1];
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p)) {
            consumer.subscribe(List.of("reporting-service.dlq.v1"));
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                    if (key.equals(r.key())) {
                        found[0] = r;
                    }
                }
                return found[0] != null;
            });
        }
        return found[0];
    }

    static String header(ConsumerRecord<String, String> r, String name) {
        var h = r.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
