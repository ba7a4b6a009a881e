package se.arbetsmarknad.platform;

import se.arbetsmarknad.platform.testing.ArchitectureRules;

/** The architecture rules over platform and platform-testing's main classes (se.arbetsmarknad.platform..). */
class PlatformArchitectureTest extends ArchitectureRules {
}
