package se.arbetsmarknad.web.goals;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import se.arbetsmarknad.web.layout.NavigationContribution;
import se.arbetsmarknad.web.layout.NavigationItem;
import se.arbetsmarknad.web.layout.RoleLanding;
import se.arbetsmarknad.web.security.SignedInUser;

/** The manager's landing page (plans and reports) and menu. */
@ApplicationScoped
public class ManagerPages implements RoleLanding, NavigationContribution {

    static final String LANDING = "/chef";

    @Override
    public String role() {
        return SignedInUser.MANAGER;
    }

    @Override
    public String path() {
        return LANDING;
    }

    @Override
    public int priority() {
        return 30;
    }

    @Override
    public List<NavigationItem> items(SignedInUser user) {
        if (!user.hasRole(SignedInUser.MANAGER)) {
            return List.of();
        }
        return List.of(
                new NavigationItem("Mål och uppföljning", LANDING, 210),
                new NavigationItem("Rapporter", "/rapporter", 220));
    }
}
