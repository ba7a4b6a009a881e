package se.arbetsmarknad.placement.placement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import se.arbetsmarknad.placement.organisation.Organisation;
import se.arbetsmarknad.platform.events.Topics;
import se.arbetsmarknad.platform.outbox.Outbox;

/**
 * placement.published / changed / closed with full current values (incl. seat occupancy), and the one
 * place every change of a placement passes: it also tells this service ({@link Written}, a CDI event in
 * the writer's transaction), e.g. the matching index.
 */
@ApplicationScoped
public class PlacementEvents {

    static final String PUBLISHED = "placement.published";
    static final String CHANGED = "placement.changed";
    static final String CLOSED = "placement.closed";

    /** A placement's new state, written in the current transaction. */
    public record Written(Placement placement) {
    }

    @Inject
    Outbox outbox;
    @Inject
    Event<Written> written;

    public record Payload(UUID placementId, UUID organisationId, PlacementKind kind, String title, String ssyk, int seats,
            int seatsFilled, LocalDate periodStart, LocalDate periodEnd, PlacementStatus status, String municipality,
            String place, BigDecimal hoursPerWeek, String sector) {
    }

    void publish(String type, Placement p) {
        Organisation org = Organisation.findById(p.organisationId);
        outbox.publish(Topics.PLACEMENT, p.id.toString(), type, new Payload(p.id, p.organisationId, p.kind, p.title,
                p.ssyk, p.seats, p.seatsFilled, p.periodStart, p.periodEnd, p.status, p.municipality, p.place,
                p.hoursPerWeek, org.sector()));
        written.fire(new Written(p));
    }

    public void published(Placement p) {
        publish(PUBLISHED, p);
    }

    public void closed(Placement p) {
        publish(CLOSED, p);
    }

    /** After any other change; only what an outsider can see is published (drafts are private to the provider). */
    public void changed(Placement p) {
        if (p.status == PlacementStatus.DRAFT) {
            written.fire(new Written(p));
        } else {
            publish(CHANGED, p);
        }
    }
}
