package se.arbetsmarknad.placement.placement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import se.arbetsmarknad.placement.organisation.Organisation;
import se.arbetsmarknad.platform.events.EventTypes;
import se.arbetsmarknad.platform.events.placement.PlacementSnapshot;
import se.arbetsmarknad.platform.outbox.Outbox;

/**
 * placement.published / changed / closed with full current values (incl. seat occupancy, as the platform's
 * {@link PlacementSnapshot}), and the one
 * place every change of a placement passes: it also tells this service ({@link Written}, a CDI event in
 * the writer's transaction), e.g. the matching index.
 */
@ApplicationScoped
public class PlacementEvents {

    /** A placement's new state, written in the current transaction. */
    public record Written(Placement placement) {
    }

    @Inject
    Outbox outbox;
    @Inject
    Event<Written> written;

    void publish(String type, Placement p) {
        Organisation org = Organisation.findById(p.organisationId);
        outbox.publish(type, p.id.toString(), new PlacementSnapshot(p.id, p.organisationId, p.kind.code(), p.title, p.ssyk,
                p.seats, p.seatsFilled, p.periodStart, p.periodEnd, p.status.code(), p.municipality, p.place, p.hoursPerWeek,
                org.sector()));
        written.fire(new Written(p));
    }

    public void published(Placement p) {
        publish(EventTypes.PLACEMENT_PUBLISHED, p);
    }

    public void closed(Placement p) {
        publish(EventTypes.PLACEMENT_CLOSED, p);
    }

    /** After any other change; only what an outsider can see is published (drafts are private to the provider). */
    public void changed(Placement p) {
        if (p.status == PlacementStatus.DRAFT) {
            written.fire(new Written(p));
        } else {
            publish(EventTypes.PLACEMENT_CHANGED, p);
        }
    }
}
