package se.arbetsmarknad.web.worklist;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import se.arbetsmarknad.web.layout.NavigationContribution;
import se.arbetsmarknad.web.layout.NavigationItem;
import se.arbetsmarknad.web.layout.RoleLanding;
import se.arbetsmarknad.web.security.SignedInUser;

/** The case officer's landing page and menu. */
@ApplicationScoped
public class CaseOfficerPages implements RoleLanding, NavigationContribution {

    @Override
    public String role() {
        return SignedInUser.CASE_OFFICER;
    }

    @Override
    public String path() {
        return "/handlaggare";
    }

    @Override
    public int priority() {
        return 10;
    }

    @Override
    public List<NavigationItem> items(SignedInUser user) {
        if (!user.caseOfficer()) {
            return List.of();
        }
        return List.of(
                new NavigationItem("Arbetslistor", "/handlaggare", 10),
                new NavigationItem("Sök deltagare", "/deltagare/sok", 20),
                new NavigationItem("Skriv in deltagare", "/deltagare/ny", 30),
                new NavigationItem("Skriv in från fil", "/deltagare/fil", 40));
    }
}
