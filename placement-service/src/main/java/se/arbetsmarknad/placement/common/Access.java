package se.arbetsmarknad.placement.common;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import se.arbetsmarknad.platform.problem.ProblemException;
import se.arbetsmarknad.platform.security.CurrentUser;
import se.arbetsmarknad.platform.security.Roles;

/**
 * Who may see and change what. Providers see and change only their own organisation (the
 * {@code organisation} claim equals its code); case officers, managers and admin see all organisations.
 */
@RequestScoped
public class Access {

    @Inject
    CurrentUser user;

    public CurrentUser user() {
        return user;
    }

    public boolean isProvider() {
        return user.hasRole(Roles.PLACEMENT_PROVIDER) && !user.isAdmin();
    }

    /** A case officer without a wider role: sees only participants and matches of their own unit. */
    public boolean isCaseOfficerOnly() {
        return user.hasRole(Roles.CASE_OFFICER) && !user.isAdmin() && !user.hasRole(Roles.MANAGER);
    }

    /** Whether the caller may act for a participant of {@code unit}. */
    public boolean mayActForUnit(String unit) {
        return !isCaseOfficerOnly() || unit.equals(user.requireUnit());
    }

    /**
     * Providers see and act only for their own organisation (its code is their {@code organisation}
     * claim); to them another organisation and everything it owns does not exist, so they get the same
     * answer as for an unknown id and learn nothing.
     */
    public boolean mayActFor(String organisationCode) {
        return !isProvider() || organisationCode.equals(user.organisation().orElse(null));
    }

    /** 404 ({@code what} does not exist) unless the caller may act for the organisation that owns it. */
    public void requireVisible(String organisationCode, String what) {
        if (!mayActFor(organisationCode)) {
            throw ProblemException.notFound(what);
        }
    }
}
