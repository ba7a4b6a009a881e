package se.arbetsmarknad.platform.events.organisation;

import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import se.arbetsmarknad.platform.events.EventPayload;

/**
 * An organisation with its full current values, as registered or after a change.
 * Payload of {@code organisation.registered}, {@code organisation.changed} (docs/events/organisation.events.v1.md).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OrganisationSnapshot(UUID organisationId, String code, String name, String kind, String sector,
        Integer employees, LocalDate employeesOn, Integer quota, String organisationNumber,
        String municipality) implements EventPayload {
}
