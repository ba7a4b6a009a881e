package se.arbetsmarknad.platform.events.participant;

import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import se.arbetsmarknad.platform.events.EventPayload;

/**
 * A new version of the participant's plan (handlingsplan) was decided.
 * Payload of {@code participant.plan-updated} (docs/events/participant.events.v1.md).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ParticipantPlanUpdated(UUID participantId, UUID enrolmentId, String unit, int planVersion,
        LocalDate nextFollowUp, LocalDate on) implements EventPayload {
}
