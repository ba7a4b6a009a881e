package se.arbetsmarknad.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Reading the outbox backlog and the consumer lag out of a service's Prometheus text. */
class OperationsTest {

    static final String METRICS = """
            # HELP outbox_pending Events waiting in the outbox
            # TYPE outbox_pending gauge
            outbox_pending 42.0
            outbox_published_total 106.0
            outbox_oldest_pending_age_seconds 3.5
            inbox_dead_lettered_total{topic="match.events.v1"} 2.0
            inbox_dead_lettered_total{topic="goal.events.v1"} 1.0
            kafka_consumer_fetch_manager_records_lag{client_id="kafka-consumer-match-events",kafka_version="4.1.1",partition="0",topic="match.events.v1"} 7.0
            kafka_consumer_fetch_manager_records_lag{client_id="kafka-consumer-match-events",kafka_version="4.1.1",partition="1",topic="match.events.v1"} 5.0
            kafka_consumer_fetch_manager_records_lag{client_id="kafka-consumer-match-events",kafka_version="4.1.1",partition="0",topic="match_events_v1"} 7.0
            kafka_consumer_fetch_manager_records_lag_max{client_id="kafka-consumer-match-events",kafka_version="4.1.1",partition="0",topic="match.events.v1"} NaN
            kafka_consumer_fetch_manager_records_lag{client_id="kafka-consumer-goal-events",kafka_version="4.1.1",partition="0",topic="goal.events.v1"} NaN
            """;

    @Test
    void theBacklogIsTheOutboxGauge() {
        assertThat(Operations.outboxPending(METRICS)).isEqualTo(42.0);
        assertThat(Operations.outboxPending("outbox_published_total 1.0\n")).isNull();
        assertThat(Operations.sum(METRICS, "outbox_oldest_pending_age_seconds")).isEqualTo(3.5);
        assertThat(Operations.sum(METRICS, "inbox_dead_lettered_total")).isEqualTo(3.0);
    }

    @Test
    void theLagIsSummedOverPartitionsPerTopicAndCountedOnce() {
        // Kafka names each topic twice (dots and underscores); a lag not known yet (NaN) is left out.
        assertThat(Operations.lags(METRICS)).containsExactly(new Operations.Lag("match.events.v1", 12));
    }

    @Test
    void theMetricsAskedForAreTheOnesRead() {
        // The page asks each service for these samples only (name[]); one missing here would show as "unknown".
        assertThat(Operations.METRICS).startsWith("/q/metrics?").contains("name%5B%5D=outbox_pending&",
                "name%5B%5D=outbox_oldest_pending_age_seconds", "name%5B%5D=inbox_dead_lettered_total",
                "name%5B%5D=kafka_consumer_fetch_manager_records_lag");
    }
}
