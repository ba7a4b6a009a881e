package se.arbetsmarknad.platform.events.goal;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import se.arbetsmarknad.platform.events.EventPayload;

/**
 * A goal as defined, or after a change.
 * Payload of {@code goal.defined}, {@code goal.changed} (docs/events/goal.events.v1.md).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record GoalDefinition(UUID goalId, UUID planId, String title, String statistic, int year, String unit,
        String target, String targetKind, Double targetValue, String areaCode) implements EventPayload {
}
