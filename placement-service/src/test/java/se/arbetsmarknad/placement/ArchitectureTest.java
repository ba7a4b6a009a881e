package se.arbetsmarknad.placement;

import se.arbetsmarknad.platform.testing.ArchitectureRules;

/** The suite's architecture rules over placement-service: no package cycles, time only from the suite clock. */
class ArchitectureTest extends ArchitectureRules {
}
