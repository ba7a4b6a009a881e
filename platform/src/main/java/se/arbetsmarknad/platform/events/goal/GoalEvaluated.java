package se.arbetsmarknad.platform.events.goal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import se.arbetsmarknad.platform.events.EventPayload;
import se.arbetsmarknad.platform.events.OmitWhenNull;

/**
 * A goal's figures, computed status and latest judgement as of a day.
 * Payload of {@code goal.evaluated} (docs/events/goal.events.v1.md).
 * Fields marked {@link OmitWhenNull} are optional and left out when absent.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record GoalEvaluated(UUID goalId, @OmitWhenNull UUID planId, int year, LocalDate asOf, Double actual,
        Double forecast, String forecastMethod, String computedStatus, String judgement, String judgementComment,
        String judgedBy, OffsetDateTime judgedAt, Double targetValue) implements EventPayload {
}
