package se.arbetsmarknad.participant.intervention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.common.annotation.Blocking;
import se.arbetsmarknad.platform.events.CloudEvent;
import se.arbetsmarknad.platform.events.EventJson;
import se.arbetsmarknad.platform.events.match.MatchAgreed;
import se.arbetsmarknad.platform.events.match.MatchEnded;
import se.arbetsmarknad.platform.inbox.BatchConsumer;

/**
 * match.events.v1 from placement-service: an accepted (or started) match starts the intervention on the
 * placement; an ended match ends it. A whole poll is applied in one transaction by the platform's
 * {@link BatchConsumer}, in the order of the batch (each match's events in the order placement published them).
 * Idempotent twice over: the inbox skips a redelivered event, and the unique match id makes
 * accepted-then-started one intervention. A message that cannot be applied goes to the dead-letter topic
 * alone; the rest of its batch is applied.
 */
@ApplicationScoped
public class MatchConsumer {

    @Inject
    BatchConsumer batches;
    @Inject
    EventJson json;
    @Inject
    InterventionService interventions;

    @Incoming("match-events")
    @Blocking
    public void on(ConsumerRecords<String, String> records) {
        batches.apply(records, this::handle);
    }

    void handle(CloudEvent event) {
        switch (json.payload(event)) {
            // match.accepted and match.started: the seat is agreed for the period
            case MatchAgreed m -> interventions.startFromMatch(m.participantId(), m.matchId(), m.placementId(), m.kind(),
                    m.startDate(), m.endDate());
            case MatchEnded m -> interventions.endFromMatch(m.matchId(), m.on());
            default -> {
                // proposed / declined: nothing happens to the participant's record here
            }
        }
    }
}
