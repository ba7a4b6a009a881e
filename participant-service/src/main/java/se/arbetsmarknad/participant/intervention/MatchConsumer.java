package se.arbetsmarknad.participant.intervention;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import com.fasterxml.jackson.databind.JsonNode;

import io.smallrye.common.annotation.Blocking;
import se.arbetsmarknad.platform.events.CloudEvent;
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
    InterventionService interventions;

    @Incoming("match-events")
    @Blocking
    @Transactional
    public void on(String message) {
        inbox.apply(message, this::handle);
    }

    void handle(CloudEvent event) {
        JsonNode d = event.data();
        switch (event.type()) {
            case "match.accepted", "match.started" -> interventions.startFromMatch(uuid(d, "participantId"),
                    uuid(d, "matchId"), uuid(d, "placementId"), d.path("kind").asText(),
                    LocalDate.parse(d.path("startDate").asText()),
                    d.hasNonNull("endDate") ? LocalDate.parse(d.path("endDate").asText()) : null);
            case "match.ended" -> interventions.endFromMatch(uuid(d, "matchId"), LocalDate.parse(d.path("on").asText()));
            default -> {
                // proposed / declined: nothing happens to the participant's record here
            }
        }
    }

    private static UUID uuid(JsonNode d, String field) {
        return UUID.fromString(d.path(field).asText());
    }
}
