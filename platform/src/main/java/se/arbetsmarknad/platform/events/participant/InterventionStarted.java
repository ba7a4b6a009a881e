package se.arbetsmarknad.platform.events.participant;

import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import se.arbetsmarknad.platform.events.EventPayload;

/**
 * An intervention (insats) started; {@code placementId} and {@code matchId} are set when it is a placement.
 * Payload of {@code participant.intervention-started} (docs/events/participant.events.v1.md).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record InterventionStarted(UUID participantId, UUID enrolmentId, String unit, UUID interventionId,
        String kind, String category, LocalDate startedOn, LocalDate plannedEndOn, UUID placementId,
        UUID matchId) implements EventPayload {
}
