package se.arbetsmarknad.placement.organisation;

import java.time.LocalDate;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import se.arbetsmarknad.platform.events.EventTypes;
import se.arbetsmarknad.platform.events.organisation.OrganisationSnapshot;
import se.arbetsmarknad.platform.outbox.Outbox;
import se.arbetsmarknad.platform.time.SuiteClock;

/**
 * organisation.registered / organisation.changed with full current values, through the outbox; also
 * tells this service ({@link Written}, a CDI event in the writer's transaction).
 */
@ApplicationScoped
public class OrganisationEvents {

    /** An organisation's new state, written in the current transaction. */
    public record Written(Organisation organisation) {
    }

    @Inject
    SuiteClock clock;
    @Inject
    Outbox outbox;
    @Inject
    Quotas quotas;
    @Inject
    Event<Written> written;

    public void registered(Organisation org) {
        publish(org, EventTypes.ORGANISATION_REGISTERED, quotas.quotaOf(org, clock.today()));
    }

    public void changed(Organisation org) {
        publish(org, EventTypes.ORGANISATION_CHANGED, quotas.quotaOf(org, clock.today()));
    }

    /** When the caller already knows the new quota (a rule change computes all at once). */
    public void changed(Organisation org, Integer quota) {
        publish(org, EventTypes.ORGANISATION_CHANGED, quota);
    }

    private void publish(Organisation org, String type, Integer quota) {
        Optional<EmployeeCount> count = EmployeeCount.latest(org.id, clock.today());
        outbox.publish(type, org.id.toString(), new OrganisationSnapshot(org.id, org.code, org.name, org.kind.code(),
                org.sector(), count.map(c -> c.employees).orElse(null), count.map(c -> c.countedOn).orElse(null),
                quota, quota == null ? null : quotas.sharePercent().orElse(null), org.organisationNumber,
                org.municipality));
        written.fire(new Written(org));
    }
}
