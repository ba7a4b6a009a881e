package se.arbetsmarknad.platform.events.participant;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import se.arbetsmarknad.platform.events.EventPayload;
import se.arbetsmarknad.platform.events.OmitWhenNull;

/**
 * A participant was enrolled (inskriven), or enrolled again after an exit ({@code reopened}).
 * Payload of {@code participant.enrolled} (docs/events/participant.events.v1.md).
 * Fields marked {@link OmitWhenNull} are optional and left out when absent.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ParticipantEnrolled(UUID participantId, UUID enrolmentId, String unit, LocalDate enrolledOn,
        String gender, int birthYear, String ageBand, boolean bornAbroad, String educationLevel, String swedishLevel,
        boolean drivingLicence, List<String> occupationInterests, boolean singleParent, boolean childrenInHousehold,
        LocalDate assistanceSince, String referralSource, List<String> projects,
        @OmitWhenNull Boolean longTermAssistance, String supportObstacle, boolean reopened) implements EventPayload {
}
