package se.arbetsmarknad.platform.events.match;

import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import se.arbetsmarknad.platform.events.EventPayload;
import se.arbetsmarknad.platform.events.OmitWhenNull;

/**
 * The placement ended and its seat is free again; {@code reason} is optional.
 * Payload of {@code match.ended} (docs/events/match.events.v1.md).
 * Fields marked {@link OmitWhenNull} are optional and left out when absent.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MatchEnded(UUID matchId, UUID placementId, UUID organisationId, UUID participantId, String unit,
        String kind, LocalDate on, @OmitWhenNull LocalDate endedOn,
        @OmitWhenNull String reason) implements EventPayload {
}
