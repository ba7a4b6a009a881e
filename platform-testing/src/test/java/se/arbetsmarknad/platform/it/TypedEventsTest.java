package se.arbetsmarknad.platform.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import se.arbetsmarknad.platform.events.CloudEvent;
import se.arbetsmarknad.platform.events.EventJson;
import se.arbetsmarknad.platform.events.EventTypes;
import se.arbetsmarknad.platform.events.Topics;
import se.arbetsmarknad.platform.events.match.MatchAgreed;
import se.arbetsmarknad.platform.events.match.MatchEnded;
import se.arbetsmarknad.platform.outbox.Outbox;
import se.arbetsmarknad.platform.testing.EventSamples;

/** Publishing a record by its type constant, and reading it back as that record. */
@QuarkusTest
class TypedEventsTest {

    @Inject
    Outbox outbox;
    @Inject
    EventJson json;
    @Inject
    EntityManager em;

    @Test
    void aRecordIsPublishedOnItsTypesTopicAndReadBackAsThatRecord() {
        MatchAgreed accepted = (MatchAgreed) EventSamples.of(EventTypes.MATCH_ACCEPTED);
        QuarkusTransaction.begin();
        try {
            CloudEvent event = outbox.publish(EventTypes.MATCH_ACCEPTED, accepted.matchId().toString(), accepted);
            String topic = (String) em.createNativeQuery("select topic from outbox_event where event_id = :id")
                    .setParameter("id", java.util.UUID.fromString(event.id())).getSingleResult();
            assertThat(topic).isEqualTo(Topics.MATCH);
            CloudEvent read = json.read(json.write(event));
            assertThat(json.payload(read)).isEqualTo(accepted);
            assertThat(json.data(read, MatchAgreed.class)).isEqualTo(accepted);
            assertThatThrownBy(() -> json.data(read, MatchEnded.class))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("MatchAgreed");
        } finally {
            QuarkusTransaction.rollback();
        }
    }

    @Test
    void aTypeWithTheWrongRecordOrTopicIsRefusedBeforeAnythingIsWritten() {
        MatchEnded ended = (MatchEnded) EventSamples.of(EventTypes.MATCH_ENDED);
        QuarkusTransaction.begin();
        try {
            assertThatThrownBy(() -> outbox.publish(EventTypes.MATCH_ACCEPTED, "k", ended))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("MatchAgreed");
            assertThatThrownBy(() -> outbox.publish(Topics.PLACEMENT, "k", EventTypes.MATCH_ENDED, ended))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(Topics.MATCH);
        } finally {
            QuarkusTransaction.rollback();
        }
    }
}
