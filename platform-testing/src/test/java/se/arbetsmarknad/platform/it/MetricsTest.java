package se.arbetsmarknad.platform.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** What an operations page reads from /q/metrics: outbox backlog, publication delay, consumer lag and age. */
@QuarkusTest
class MetricsTest {

    @Test
    void theOutboxAndTheConsumersAreVisibleOnTheMetricsEndpoint() {
        OutboxAndConsumerTest.post(List.of(OutboxAndConsumerTest.change("metered", 1)));
        await().atMost(Duration.ofSeconds(30)).until(() -> OutboxAndConsumerTest.appliedFor("metered").size() == 1);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(metrics())
                .contains("outbox_pending ", "outbox_oldest_pending_age_seconds ", "outbox_publish_delay_seconds_count",
                        "outbox_published_total", "inbox_applied_total{topic=\"thing.events.v1\"}",
                        "inbox_event_age_seconds_count{topic=\"thing.events.v1\"}"));
        // Consumer lag per partition, from the Kafka consumer's own metrics (no broker or database call). Kafka
        // creates a partition's metrics at its first fetch; Micrometer binds new Kafka metrics on its 60 s refresh.
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> assertThat(metrics())
                .contains("kafka_consumer_fetch_manager_records_lag{"));
    }

    @Test
    void onlyTheNamedSamplesWhenAskedByName() {
        String some = given().queryParam("name[]", "outbox_pending").queryParam("name[]", "inbox_dead_lettered_total")
                .get("/q/metrics").then().statusCode(200).contentType(containsString("text/plain")).extract().asString();
        assertThat(some.lines().filter(l -> !l.startsWith("#"))).isNotEmpty()
                .allMatch(l -> l.startsWith("outbox_pending ") || l.startsWith("inbox_dead_lettered_total{"));
        assertThat(some).contains("outbox_pending ");
        assertThat(metrics()).contains("outbox_pending ", "jvm_");
    }

    private static String metrics() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString();
    }
}
