package se.arbetsmarknad.platform.it.archfixture.b;

import java.time.Clock;
import java.time.Instant;

import se.arbetsmarknad.platform.it.archfixture.a.UsesB;

/** The other half of the cycle, and the allowed way to ask for the time next to a forbidden one. */
public class UsesA {
    public UsesB other() {
        return null;
    }

    public Instant allowed(Clock clock) {
        return Instant.now(clock);
    }

    public Clock forbidden() {
        return Clock.systemUTC();
    }
}
