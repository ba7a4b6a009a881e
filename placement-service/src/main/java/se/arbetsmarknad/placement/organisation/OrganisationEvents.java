package se.arbetsmarknad.placement.organisation;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import se.arbetsmarknad.platform.events.Topics;
import se.arbetsmarknad.platform.outbox.Outbox;

/**
 * organisation.registered / organisation.changed with full current values, through the outbox; also
 * tells this service ({@link Written}, a CDI event in the writer's transaction).
 */
@ApplicationScoped
public class OrganisationEvents {

    static final String REGISTERED = "organisation.registered";
    static final String CHANGED = "organisation.changed";

    /** An organisation's new state, written in the current transaction. */
    public record Written(Organisation organisation) {
    }

    @Inject
    Outbox outbox;
    @Inject
    Quotas quotas;
    @Inject
    Event<Written> written;

    public record Payload(UUID organisationId, String code, String name, OrganisationKind kind, String sector,
            Integer employees, LocalDate employeesOn, Integer quota, String organisationNumber, String municipality) {
    }

    public void registered(Organisation org) {
        publish(org, REGISTERED, quotas.quotaOf(org, LocalDate.now()));
    }

    public void changed(Organisation org) {
        publish(org, CHANGED, quotas.quotaOf(org, LocalDate.now()));
    }

    /** When the caller already knows the new quota (a rule change computes all at once). */
    public void changed(Organisation org, Integer quota) {
        publish(org, CHANGED, quota);
    }

    private void publish(Organisation org, String type, Integer quota) {
        Optional<EmployeeCount> count = EmployeeCount.latest(org.id, LocalDate.now());
        outbox.publish(Topics.ORGANISATION, org.id.toString(), type, new Payload(org.id, org.code, org.name, org.kind,
                org.sector(), count.map(c -> c.employees).orElse(null), count.map(c -> c.countedOn).orElse(null),
                quota, org.organisationNumber, org.municipality));
        written.fire(new Written(org));
    }
}
