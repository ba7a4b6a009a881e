package se.arbetsmarknad.placement.organisation;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import se.arbetsmarknad.placement.quota.QuotaService;
import se.arbetsmarknad.platform.events.Topics;
import se.arbetsmarknad.platform.outbox.Outbox;

/** organisation.registered / organisation.changed with full current values, through the outbox. */
@ApplicationScoped
public class OrganisationEvents {

    @Inject
    Outbox outbox;
    @Inject
    QuotaService quotas;

    public record Payload(UUID organisationId, String code, String name, String kind, String sector,
            Integer employees, LocalDate employeesOn, Integer quota, String organisationNumber, String municipality) {
    }

    public void registered(Organisation org) {
        publish(org, "organisation.registered", quotas.quotaOf(org, LocalDate.now()));
    }

    public void changed(Organisation org) {
        publish(org, "organisation.changed", quotas.quotaOf(org, LocalDate.now()));
    }

    /** When the caller already knows the new quota (a rule change computes all at once). */
    public void changed(Organisation org, Integer quota) {
        publish(org, "organisation.changed", quota);
    }

    private void publish(Organisation org, String type, Integer quota) {
        Optional<EmployeeCount> count = EmployeeCount.latest(org.id, LocalDate.now());
        outbox.publish(Topics.ORGANISATION, org.id.toString(), type, new Payload(org.id, org.code, org.name, org.kind,
                org.sector(), count.map(c -> c.employees).orElse(null), count.map(c -> c.countedOn).orElse(null),
                quota, org.organisationNumber, org.municipality));
    }
}
