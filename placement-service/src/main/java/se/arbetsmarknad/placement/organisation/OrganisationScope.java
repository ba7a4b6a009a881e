package se.arbetsmarknad.placement.organisation;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import se.arbetsmarknad.platform.problem.ProblemException;
import se.arbetsmarknad.platform.security.CurrentUser;
import se.arbetsmarknad.platform.security.Roles;

/**
 * Which organisations the caller may act for: a placement provider only their own (its code is their
 * {@code organisation} claim), everyone else every organisation their role admits. To a provider another
 * organisation and everything it owns does not exist: the same answer as for an unknown id. The
 * placement-service side of access; the case officer's unit rule is the platform's
 * {@link se.arbetsmarknad.platform.security.AccessScope}.
 */
@RequestScoped
public class OrganisationScope {

    @Inject
    CurrentUser user;

    public boolean isProvider() {
        return user.hasRole(Roles.PLACEMENT_PROVIDER) && !user.isAdmin();
    }

    /** A provider's own organisation code (a provider without the claim is a 403); empty for everyone else. */
    public Optional<String> confinedTo() {
        return isProvider() ? Optional.of(user.requireOrganisation()) : Optional.empty();
    }

    public boolean includes(String organisationCode) {
        return !isProvider() || organisationCode.equals(user.organisation().orElse(null));
    }

    /** 404 ({@code what} does not exist) unless the caller may act for the organisation that owns it. */
    public void require(String organisationCode, String what) {
        if (!includes(organisationCode)) {
            throw ProblemException.notFound(what);
        }
    }
}
