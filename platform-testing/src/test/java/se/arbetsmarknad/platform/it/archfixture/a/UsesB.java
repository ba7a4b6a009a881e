package se.arbetsmarknad.platform.it.archfixture.a;

import java.time.LocalDate;

import se.arbetsmarknad.platform.it.archfixture.b.UsesA;

/** A deliberate violation of both rules, for ArchitectureRulesTest. */
public class UsesB {
    public LocalDate today() {
        return LocalDate.now();
    }

    public UsesA other() {
        return new UsesA();
    }
}
