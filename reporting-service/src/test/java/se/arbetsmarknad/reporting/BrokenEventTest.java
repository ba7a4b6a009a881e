package se.arbetsmarknad.reporting;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.arbetsmarknad.platform.testing.TopicProbe;
import se.arbetsmarknad.platform.inbox.DeadLetters;
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
                        .then().statusCode(200).extract().jsonPath().getObject("rows[0].T", Integer.class)) // null until a row exists: retried
                        .as("the six good enrolments").isEqualTo(6));

        ConsumerRecord<String, String> dead = TopicProbe.deadLetters("reporting-service.dlq.v1", broken.toString()).stream()
                .filter(r -> broken.toString().equals(r.key())).findFirst().orElseThrow();
        assertThat(TopicProbe.header(dead, DeadLetters.TOPIC)).isEqualTo(Feed.PARTICIPANTS);
        assertThat(TopicProbe.header(dead, DeadLetters.REASON)).contains("gender");
    }
}
