package se.arbetsmarknad.goals.goal;

import java.util.Optional;
import java.util.UUID;

/**
 * Finds a plan's {@link GoalScope}. Implemented by the plans (package {@code plan}), so goals depend on
 * this interface and not on the plans that hold them.
 */
public interface PlanScopes {

    /** Empty when no plan has that id. Called inside the caller's transaction. */
    Optional<GoalScope> of(UUID planId);
}
