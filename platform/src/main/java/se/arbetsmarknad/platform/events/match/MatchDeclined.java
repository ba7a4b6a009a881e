package se.arbetsmarknad.platform.events.match;

import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import se.arbetsmarknad.platform.events.EventPayload;

/**
 * The provider declined the match with a reason code.
 * Payload of {@code match.declined} (docs/events/match.events.v1.md).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MatchDeclined(UUID matchId, UUID placementId, UUID organisationId, UUID participantId, String unit,
        String kind, LocalDate on, String reason) implements EventPayload {
}
