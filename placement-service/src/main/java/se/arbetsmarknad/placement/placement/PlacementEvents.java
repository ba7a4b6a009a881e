package se.arbetsmarknad.placement.placement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import se.arbetsmarknad.placement.organisation.Organisation;
import se.arbetsmarknad.platform.events.Topics;
import se.arbetsmarknad.platform.outbox.Outbox;

/** placement.published / changed / closed with full current values (incl. seat occupancy). */
@ApplicationScoped
public class PlacementEvents {

    @Inject
    Outbox outbox;

    public record Payload(UUID placementId, UUID organisationId, String kind, String title, String ssyk, int seats,
            int seatsFilled, LocalDate periodStart, LocalDate periodEnd, String status, String municipality,
            String place, BigDecimal hoursPerWeek, String sector) {
    }

    public void publish(String type, Placement p) {
        Organisation org = Organisation.findById(p.organisationId);
        outbox.publish(Topics.PLACEMENT, p.id.toString(), type, new Payload(p.id, p.organisationId, p.kind, p.title,
                p.ssyk, p.seats, p.seatsFilled, p.periodStart, p.periodEnd, p.status, p.municipality, p.place,
                p.hoursPerWeek, org.sector()));
    }

    /** After a change that an outsider can see; drafts are private to the provider. */
    public void changed(Placement p) {
        if (!"draft".equals(p.status)) {
            publish("placement.changed", p);
        }
    }
}
