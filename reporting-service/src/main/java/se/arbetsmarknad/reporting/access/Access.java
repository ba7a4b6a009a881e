package se.arbetsmarknad.reporting.access;

import java.util.Optional;
import java.util.function.Predicate;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import se.arbetsmarknad.platform.security.CurrentUser;
import se.arbetsmarknad.platform.security.Roles;
import se.arbetsmarknad.reporting.readmodel.Units;

/**
 * Who sees which figures: manager and admin see everything; a case officer sees only their own unit's
 * figures (the {@code unit} claim), and asking for another unit answers 404, as if it did not exist.
 * Placement providers are refused by the resources' role annotations (403).
 */
@RequestScoped
public class Access {

    @Inject
    CurrentUser user;
    @Inject
    Units units;

    /** The unit the caller is confined to, if any. */
    public Optional<String> confinedUnit() {
        if (user.hasRole(Roles.MANAGER) || user.hasRole(Roles.ADMIN)) {
            return Optional.empty();
        }
        return Optional.of(user.requireUnit());
    }

    /** The unit filter to apply: the requested one, checked against the caller's confinement. */
    public String unitFilter(String requested) {
        return Scope.of(this).unitFilter(requested);
    }

    /** Whether the read model knows a unit; usable after the request (an export job checks at creation). */
    public Predicate<String> knownUnits() {
        return units::isKnown;
    }

    public String username() {
        return user.username();
    }
}
