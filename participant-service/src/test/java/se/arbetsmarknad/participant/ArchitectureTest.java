package se.arbetsmarknad.participant;

import se.arbetsmarknad.platform.testing.ArchitectureRules;

/** The suite's architecture rules over participant-service's main classes: no package cycles, no bare now(). */
class ArchitectureTest extends ArchitectureRules {
}
