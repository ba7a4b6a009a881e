package se.arbetsmarknad.reporting;

import se.arbetsmarknad.platform.testing.ArchitectureRules;

/** The suite's architecture rules over reporting-service's main classes: no package cycles, no bare now(). */
class ArchitectureTest extends ArchitectureRules {
}
