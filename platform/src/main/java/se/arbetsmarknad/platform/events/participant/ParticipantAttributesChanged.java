package se.arbetsmarknad.platform.events.participant;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import se.arbetsmarknad.platform.events.EventPayload;
import se.arbetsmarknad.platform.events.OmitWhenNull;

/**
 * The participant's attributes changed; carries their full current values.
 * Payload of {@code participant.attributes-changed} (docs/events/participant.events.v1.md).
 * Fields marked {@link OmitWhenNull} are optional and left out when absent.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ParticipantAttributesChanged(UUID participantId, UUID enrolmentId, String unit, String gender,
        int birthYear, String ageBand, boolean bornAbroad, String educationLevel, String swedishLevel,
        boolean drivingLicence, List<String> occupationInterests, boolean singleParent, boolean childrenInHousehold,
        LocalDate assistanceSince, String referralSource, List<String> projects,
        @OmitWhenNull Boolean longTermAssistance, String supportObstacle,
        @OmitWhenNull LocalDate on) implements EventPayload {
}
