package se.arbetsmarknad.platform.events.goal;

import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import se.arbetsmarknad.platform.events.EventPayload;
import se.arbetsmarknad.platform.events.OmitWhenNull;

/**
 * A goal's computed status went down (e.g. JA to OSAKERT).
 * Payload of {@code goal.status-worsened} (docs/events/goal.events.v1.md).
 * Fields marked {@link OmitWhenNull} are optional and left out when absent.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record GoalStatusWorsened(UUID goalId, @OmitWhenNull UUID planId, String from, String to, LocalDate asOf,
        @OmitWhenNull Integer year) implements EventPayload {
}
