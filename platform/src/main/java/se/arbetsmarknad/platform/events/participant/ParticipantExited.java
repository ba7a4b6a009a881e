package se.arbetsmarknad.platform.events.participant;

import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import se.arbetsmarknad.platform.events.EventPayload;

/**
 * The enrolment ended (avslut) with a reason code.
 * Payload of {@code participant.exited} (docs/events/participant.events.v1.md).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ParticipantExited(UUID participantId, UUID enrolmentId, String unit, LocalDate exitedOn,
        String reason) implements EventPayload {
}
