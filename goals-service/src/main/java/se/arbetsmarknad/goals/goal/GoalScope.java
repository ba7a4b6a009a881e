package se.arbetsmarknad.goals.goal;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What a goal needs to know of its plan: the period its year must lie in and the indicators it may
 * measure, by code.
 */
public record GoalScope(UUID planId, int periodFrom, int periodTo, Map<String, Indicator> indicators) {

    public Optional<Indicator> indicator(String code) {
        return Optional.ofNullable(code == null ? null : indicators.get(code));
    }
}
