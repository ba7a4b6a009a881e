package se.arbetsmarknad.platform.events.participant;

import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import se.arbetsmarknad.platform.events.EventPayload;

/**
 * An intervention (insats) ended.
 * Payload of {@code participant.intervention-ended} (docs/events/participant.events.v1.md).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record InterventionEnded(UUID participantId, UUID enrolmentId, String unit, UUID interventionId, String kind,
        String category, LocalDate startedOn, LocalDate endedOn, UUID placementId,
        UUID matchId) implements EventPayload {
}
