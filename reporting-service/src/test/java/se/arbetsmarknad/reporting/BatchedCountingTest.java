package se.arbetsmarknad.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import se.arbetsmarknad.platform.testing.TopicProbe;
import se.arbetsmarknad.reporting.readmodel.EventConsumers;
import se.arbetsmarknad.reporting.readmodel.Stat;

/**
 * One poll applied as one batch counts what its events would count one by one: the participant states
 * are read once for the batch and the once-per-year counts are decided by one insert at its end, so a
 * participant enrolled, exited and reopened in one batch, one enrolled and erased in it, and an event
 * delivered twice in it must each count as they would alone; and the same poll delivered again counts
 * nothing. (The poll is handed to the live consumer directly, so the batch is exactly these events;
 * they are put on the topic afterwards, so that a rebuild finds them.)
 */
@QuarkusTest
class BatchedCountingTest {

    static final String UNIT = "batched-" + UUID.randomUUID().toString().substring(0, 8);

    @Inject
    EventConsumers consumers;
    @Inject
    EntityManager em;

    @Test
    void aBatchCountsEachParticipantOncePerYearAsItsEventsWouldOneByOne() {
        LocalDate day = LocalDate.of(2019, 3, 4);
        UUID[] ids = new UUID[3];
        List<ObjectNode> events = Feed.captured(() -> {
            ids[0] = Feed.enrol(UNIT, "K", "20-24", day);
            Feed.exit(ids[0], UNIT, "arbete", day.plusDays(1));
            Feed.reopen(ids[0], UNIT, "K", "20-24", day.plusDays(2), null);
            ids[1] = Feed.enrol(UNIT, "M", "20-24", day);
            Feed.participant("participant.erased", ids[1], Map.of("participantId", ids[1].toString()));
            ids[2] = Feed.enrol(UNIT, "M", "25-29", day);
        });
        events.add(events.getLast()); // the last enrolment twice in the same poll (a relay re-send)

        consumers.participant(poll(events));

        assertThat(total(Stat.ENROLLED_UNIQUE)).as("three participants enrolled in 2019, each once").isEqualTo(3);
        assertThat(total(Stat.ACTIVE)).as("the reopened, the erased (its aggregates stay) and the third").isEqualTo(3);
        assertThat(counted(ids[0])).as("counted once for the year").isEqualTo(1);
        assertThat(counted(ids[1])).as("the erased participant's link is gone").isZero();
        assertThat(counted(ids[2])).isEqualTo(1);

        consumers.participant(poll(events)); // the whole poll again: every event applied before
        assertThat(total(Stat.ENROLLED_UNIQUE)).isEqualTo(3);
        assertThat(total(Stat.ACTIVE)).isEqualTo(3);

        // On the topic too, where a rebuild (RebuildTest, same application) finds what the read model holds;
        // the live consumer skips them, applied already.
        events.forEach(e -> TopicProbe.send(Feed.PARTICIPANTS, e));
    }

    static ConsumerRecords<String, String> poll(List<ObjectNode> events) {
        TopicPartition partition = new TopicPartition(Feed.PARTICIPANTS, 0);
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        for (ObjectNode e : events) {
            records.add(new ConsumerRecord<>(Feed.PARTICIPANTS, 0, records.size(), e.path("subject").asText(), e.toString()));
        }
        return new ConsumerRecords<>(Map.of(partition, records));
    }

    long total(String statistic) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select coalesce(sum(value), 0) from stat_total where statistic = :s and unit = :u")
                .setParameter("s", statistic).setParameter("u", UNIT).getSingleResult()).longValue());
    }

    long counted(UUID participant) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from participant_counted where participant_id = :id")
                .setParameter("id", participant).getSingleResult()).longValue());
    }
}
