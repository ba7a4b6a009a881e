package se.arbetsmarknad.platform.events.organisation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import se.arbetsmarknad.platform.events.EventPayload;
import se.arbetsmarknad.platform.events.OmitWhenNull;

/**
 * An organisation with its full current values, as registered or after a change.
 * Payload of {@code organisation.registered}, {@code organisation.changed} (docs/events/organisation.events.v1.md).
 * {@code quotaSharePercent} (optional, added compatibly within v1) is the share of employees the quota is when
 * the fördelningsmodell is a share (Malmö: 5.7), so a reader can show the city's own quota beside the sum of
 * the rounded rows.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OrganisationSnapshot(UUID organisationId, String code, String name, String kind, String sector,
        Integer employees, LocalDate employeesOn, Integer quota, @OmitWhenNull BigDecimal quotaSharePercent,
        String organisationNumber, String municipality) implements EventPayload {
}
