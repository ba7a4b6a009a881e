package se.arbetsmarknad.goals;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Typed configuration of goals-service (prefix {@code goals}). */
@ConfigMapping(prefix = "goals")
public interface GoalsConfig {

    Status status();

    FollowUp followUp();

    interface Status {
        /**
         * The tolerance band around a target: a forecast within this share of the target (on the wrong
         * side) is OSAKERT rather than NEJ. 0.10 = within 10 %.
         */
        @WithDefault("0.10")
        double tolerance();
    }

    interface FollowUp {
        /** The month whose follow-up is the interim report (delårsrapport); Lund reports per 08-31. */
        @WithDefault("8")
        int interimMonth();

        /** When the month-end freeze runs: early on the first of each month, for the month before. */
        @WithDefault("0 30 2 1 * ?")
        String freezeCron();
    }
}
