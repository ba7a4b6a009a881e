package se.arbetsmarknad.web.layout;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.arc.All;
import se.arbetsmarknad.web.security.SignedInUser;

/** The main menu and the landing page of the signed-in user, collected from every feature's beans. */
@ApplicationScoped
public class Navigation {

    @Inject
    @All
    List<NavigationContribution> contributions;
    @Inject
    @All
    List<RoleLanding> landings;

    public List<NavigationItem> items(SignedInUser user) {
        if (!user.signedIn()) {
            return List.of();
        }
        return contributions.stream().flatMap(c -> c.items(user).stream())
                .sorted(Comparator.comparingInt(NavigationItem::order)).toList();
    }

    public Optional<String> landing(SignedInUser user) {
        return landings.stream().filter(l -> user.hasRole(l.role()))
                .min(Comparator.comparingInt(RoleLanding::priority)).map(RoleLanding::path);
    }
}
