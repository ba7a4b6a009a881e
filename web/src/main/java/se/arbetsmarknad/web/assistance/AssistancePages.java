package se.arbetsmarknad.web.assistance;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import se.arbetsmarknad.web.layout.NavigationContribution;
import se.arbetsmarknad.web.layout.NavigationItem;
import se.arbetsmarknad.web.security.SignedInUser;

/** The monthly assistance figures in the menu: after the manager's reports, or the admin's reference data. */
@ApplicationScoped
public class AssistancePages implements NavigationContribution {

    static final String PATH = "/ekonomiskt-bistand";

    @Override
    public List<NavigationItem> items(SignedInUser user) {
        if (user.hasRole(SignedInUser.MANAGER)) {
            return List.of(new NavigationItem("Ekonomiskt bistånd", PATH, 230));
        }
        if (user.hasRole(SignedInUser.ADMIN)) {
            return List.of(new NavigationItem("Ekonomiskt bistånd", PATH, 350));
        }
        return List.of();
    }
}
