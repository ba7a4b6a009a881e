package se.arbetsmarknad.goals;

import se.arbetsmarknad.platform.testing.ArchitectureRules;

/** The suite's architecture rules over goals-service: no package cycles, time only from the suite clock. */
class ArchitectureTest extends ArchitectureRules {
}
