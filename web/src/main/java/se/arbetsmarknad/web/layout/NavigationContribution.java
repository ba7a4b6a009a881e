package se.arbetsmarknad.web.layout;

import java.util.List;

import se.arbetsmarknad.web.security.SignedInUser;

/**
 * A feature's entries in the main menu, for the roles that may use it. Each role's pages add one bean
 * implementing this (see worklist.CaseOfficerPages); the layout collects them, so adding a section never
 * touches the layout.
 */
public interface NavigationContribution {

    List<NavigationItem> items(SignedInUser user);
}
