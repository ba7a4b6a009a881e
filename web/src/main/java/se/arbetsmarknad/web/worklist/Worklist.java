package se.arbetsmarknad.web.worklist;

import java.util.Arrays;
import java.util.Optional;

/** The case officer's worklists (participant-service /api/worklists/{slug}), in the order the landing page shows them. */
public enum Worklist {
    MINE("mine", "Mina deltagare", "Alla dina öppna inskrivningar."),
    WITHOUT_PLAN("without-plan", "Utan aktuell plan", "Aktiva deltagare som saknar en planering från de senaste tolv månaderna."),
    FOLLOW_UP_OVERDUE("follow-up-overdue", "Uppföljning försenad", "Planerad uppföljning har passerat."),
    NO_INTERVENTION("no-intervention", "Ingen insats inom 30 dagar",
            "Snabb aktivering: inskrivna för mer än 30 dagar sedan utan någon insats."),
    LONG_TERM_ASSISTANCE("long-term-assistance", "Långvarigt försörjningsstöd",
            "Försörjningsstöd minst 10 av de senaste 12 månaderna.");

    public final String slug;
    public final String title;
    public final String description;

    Worklist(String slug, String title, String description) {
        this.slug = slug;
        this.title = title;
        this.description = description;
    }

    public static Optional<Worklist> of(String slug) {
        return Arrays.stream(values()).filter(w -> w.slug.equals(slug)).findFirst();
    }
}
