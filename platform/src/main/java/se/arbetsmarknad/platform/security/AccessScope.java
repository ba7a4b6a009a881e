package se.arbetsmarknad.platform.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/**
 * The one definition of the case officer's unit rule, for every service. Two scopes, because the suite
 * holds two kinds of unit-bound data:
 *
 * <ul>
 * <li>{@link #participants()}: data about individual participants (the register, plans, interventions,
 * matches, a participant's matching profile). Admin: every unit. A case officer: their own unit
 * ({@code unit} claim), <b>also when they are a manager too</b>. A manager who is not a case officer:
 * not confined by unit; the endpoint's roles decide whether they see individual data at all. Anyone
 * else: no unit.</li>
 * <li>{@link #figures()}: aggregate figures (statistics, reports, charts). Admin and managers: the whole
 * municipality, a case officer who is also a manager included. A case officer: their own unit. Anyone
 * else: no unit.</li>
 * </ul>
 *
 * <p>Why the officer who is also a manager is confined to their unit for individuals but not for
 * figures: access to personal data follows need-to-know per case (socialtjänstsekretess holds between
 * units, GDPR's data minimisation), and the case-officer role is the one that gives case-level access;
 * holding a second role must not widen it to every other unit's participants. The manager role exists
 * to follow goals and results, which needs figures, not persons, so it widens the figures only.
 * Before this rule, participant-service confined such a user and placement- and reporting-service did
 * not.
 */
@RequestScoped
public class AccessScope {

    @Inject
    CurrentUser user;

    /** Whose individual data the caller may see. A case officer without a unit claim is a 403. */
    public UnitScope participants() {
        if (user.isAdmin()) {
            return UnitScope.ALL;
        }
        if (user.hasRole(Roles.CASE_OFFICER)) {
            return UnitScope.only(user.requireUnit());
        }
        return user.hasRole(Roles.MANAGER) ? UnitScope.ALL : UnitScope.NONE;
    }

    /** Whose aggregate figures the caller may see. */
    public UnitScope figures() {
        if (user.isAdmin() || user.hasRole(Roles.MANAGER)) {
            return UnitScope.ALL;
        }
        return user.hasRole(Roles.CASE_OFFICER) ? UnitScope.only(user.requireUnit()) : UnitScope.NONE;
    }
}
