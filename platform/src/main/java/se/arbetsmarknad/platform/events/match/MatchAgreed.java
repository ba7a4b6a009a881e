package se.arbetsmarknad.platform.events.match;

import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import se.arbetsmarknad.platform.events.EventPayload;

/**
 * The provider accepted the match, or the placement started: a seat is taken for the period.
 * Payload of {@code match.accepted}, {@code match.started} (docs/events/match.events.v1.md).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MatchAgreed(UUID matchId, UUID placementId, UUID organisationId, UUID participantId, String unit,
        String kind, LocalDate on, LocalDate startDate, LocalDate endDate) implements EventPayload {
}
