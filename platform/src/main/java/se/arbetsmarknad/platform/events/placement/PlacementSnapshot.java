package se.arbetsmarknad.platform.events.placement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import se.arbetsmarknad.platform.events.EventPayload;
import se.arbetsmarknad.platform.events.OmitWhenNull;

/**
 * A placement with its full current values, seat occupancy included.
 * Payload of {@code placement.published}, {@code placement.changed}, {@code placement.closed}
 * (docs/events/placement.events.v1.md).
 * Fields marked {@link OmitWhenNull} are optional and left out when absent.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PlacementSnapshot(UUID placementId, UUID organisationId, String kind, @OmitWhenNull String title,
        String ssyk, int seats, int seatsFilled, LocalDate periodStart, LocalDate periodEnd, String status,
        String municipality, String place, BigDecimal hoursPerWeek,
        @OmitWhenNull String sector) implements EventPayload {
}
