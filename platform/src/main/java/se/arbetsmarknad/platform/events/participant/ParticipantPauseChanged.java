package se.arbetsmarknad.platform.events.participant;

import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import se.arbetsmarknad.platform.events.EventPayload;

/**
 * The enrolment was paused or resumed on {@code on} (the event type says which).
 * Payload of {@code participant.paused}, {@code participant.resumed} (docs/events/participant.events.v1.md).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ParticipantPauseChanged(UUID participantId, UUID enrolmentId, String unit,
        LocalDate on) implements EventPayload {
}
