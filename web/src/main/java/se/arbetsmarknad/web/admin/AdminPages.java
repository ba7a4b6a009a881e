package se.arbetsmarknad.web.admin;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import se.arbetsmarknad.web.layout.NavigationContribution;
import se.arbetsmarknad.web.layout.NavigationItem;
import se.arbetsmarknad.web.layout.RoleLanding;
import se.arbetsmarknad.web.security.SignedInUser;

/** The admin's landing page (operations at a glance) and menu. */
@ApplicationScoped
public class AdminPages implements RoleLanding, NavigationContribution {

    static final String LANDING = "/admin";

    @Override
    public String role() {
        return SignedInUser.ADMIN;
    }

    @Override
    public String path() {
        return LANDING;
    }

    @Override
    public int priority() {
        return 40;
    }

    @Override
    public List<NavigationItem> items(SignedInUser user) {
        if (!user.hasRole(SignedInUser.ADMIN)) {
            return List.of();
        }
        return List.of(
                new NavigationItem("Drift", LANDING, 310),
                new NavigationItem("Loggning", "/admin/logg", 320),
                new NavigationItem("Gallring", "/admin/gallring", 330),
                new NavigationItem("Referensdata", "/admin/referensdata", 340));
    }
}
