package se.arbetsmarknad.platform.events.participant;

import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import se.arbetsmarknad.platform.events.EventPayload;
import se.arbetsmarknad.platform.events.OmitWhenNull;

/**
 * A new enrolment after an exit (återaktualisering); {@code participant.enrolled} with {@code reopened=true} follows.
 * Payload of {@code participant.reopened} (docs/events/participant.events.v1.md).
 * Fields marked {@link OmitWhenNull} are optional and left out when absent.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ParticipantReopened(UUID participantId, UUID enrolmentId, String unit, LocalDate reopenedOn,
        @OmitWhenNull UUID previousEnrolmentId) implements EventPayload {
}
