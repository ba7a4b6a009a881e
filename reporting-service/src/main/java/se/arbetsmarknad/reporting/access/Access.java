package se.arbetsmarknad.reporting.access;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import se.arbetsmarknad.platform.security.AccessScope;
import se.arbetsmarknad.platform.security.CurrentUser;
import se.arbetsmarknad.reporting.readmodel.Units;

/**
 * The caller's {@link Scope}: the platform's rule for aggregate figures ({@link AccessScope#figures()}:
 * managers and admins see every unit, a case officer their own), and the units the read model knows.
 * Placement providers are refused by the resources' role annotations (403).
 */
@RequestScoped
public class Access {

    @Inject
    AccessScope access;
    @Inject
    CurrentUser user;
    @Inject
    Units units;

    public Scope scope() {
        return new Scope(access.figures(), user.username(), units::isKnown);
    }

    /** The unit filter to apply: the requested one, checked against the caller's scope and the known units. */
    public String unitFilter(String requested) {
        return scope().unitFilter(requested);
    }
}
