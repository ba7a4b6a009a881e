package se.arbetsmarknad.web.provider;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import se.arbetsmarknad.web.layout.NavigationContribution;
import se.arbetsmarknad.web.layout.NavigationItem;
import se.arbetsmarknad.web.layout.RoleLanding;
import se.arbetsmarknad.web.security.SignedInUser;

/** The landing page and menu of förvaltningar and employers (placement-provider). */
@ApplicationScoped
public class ProviderPages implements RoleLanding, NavigationContribution {

    static final String LANDING = "/anordnare";

    @Override
    public String role() {
        return SignedInUser.PLACEMENT_PROVIDER;
    }

    @Override
    public String path() {
        return LANDING;
    }

    @Override
    public int priority() {
        return 20;
    }

    @Override
    public List<NavigationItem> items(SignedInUser user) {
        if (!user.hasRole(SignedInUser.PLACEMENT_PROVIDER)) {
            return List.of();
        }
        return List.of(
                new NavigationItem("Mina platser", LANDING, 110),
                new NavigationItem("Registrera plats", "/platser/ny", 120),
                new NavigationItem("Registrera från fil", "/platser/fil", 130),
                new NavigationItem("Förslag", "/anordnare/forslag", 140));
    }
}
