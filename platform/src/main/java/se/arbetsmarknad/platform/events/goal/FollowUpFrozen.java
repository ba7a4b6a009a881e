package se.arbetsmarknad.platform.events.goal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import se.arbetsmarknad.platform.events.EventPayload;
import se.arbetsmarknad.platform.events.OmitWhenNull;

/**
 * A month's follow-up was frozen; it never changes afterwards.
 * Payload of {@code goal.follow-up-frozen} (docs/events/goal.events.v1.md).
 * Fields marked {@link OmitWhenNull} are optional and left out when absent.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FollowUpFrozen(UUID followUpId, @OmitWhenNull UUID planId, String month, String kind,
        @OmitWhenNull LocalDate asOf, @OmitWhenNull List<FrozenGoal> goals) implements EventPayload {

    /** One goal's figures as frozen. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FrozenGoal(UUID goalId, Double actual, Double forecast, String computedStatus, String judgement) {
    }
}
