package se.arbetsmarknad.platform.events.participant;

import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import se.arbetsmarknad.platform.events.EventPayload;

/**
 * The enrolment moved to another unit; {@code unit} is the new one.
 * Payload of {@code participant.transferred} (docs/events/participant.events.v1.md).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ParticipantTransferred(UUID participantId, UUID enrolmentId, String unit, String fromUnit,
        String toUnit, LocalDate on) implements EventPayload {
}
