package se.arbetsmarknad.participant.intervention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.common.annotation.Blocking;
import se.arbetsmarknad.platform.events.CloudEvent;
import se.arbetsmarknad.platform.events.EventJson;
import se.arbetsmarknad.platform.events.match.MatchAgreed;
import se.arbetsmarknad.platform.events.match.MatchEnded;
import se.arbetsmarknad.platform.inbox.IdempotentConsumer;

/**
 * match.events.v1 from placement-service: an accepted (or started) match starts the intervention on the
 * placement; an ended match ends it. Idempotent twice over: the inbox skips a redelivered event, and the
 * unique match id makes accepted-then-started one intervention.
 */
@ApplicationScoped
public class MatchConsumer {

    @Inject
    IdempotentConsumer inbox;
    @Inject
    EventJson json;
    @Inject
    InterventionService interventions;

    @Incoming("match-events")
    @Blocking
    @Transactional
    public void on(String message) {
        inbox.apply(message, this::handle);
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
