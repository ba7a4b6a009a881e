package se.arbetsmarknad.platform.events.match;

import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import se.arbetsmarknad.platform.events.EventPayload;

/**
 * A case officer proposed a participant for a placement.
 * Payload of {@code match.proposed} (docs/events/match.events.v1.md).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MatchProposed(UUID matchId, UUID placementId, UUID organisationId, UUID participantId, String unit,
        String kind, LocalDate on) implements EventPayload {
}
