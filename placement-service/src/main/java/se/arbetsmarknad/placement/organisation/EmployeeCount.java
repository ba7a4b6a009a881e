package se.arbetsmarknad.placement.organisation;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A förvaltning's number of employees on a date (the fördelningsmodell's base). */
@Entity
@Table(name = "organisation_employees")
@IdClass(EmployeeCount.Key.class)
public class EmployeeCount extends PanacheEntityBase {
    @Id
    public UUID organisationId;
    @Id
    public LocalDate countedOn;
    public int employees;

    public record Key(UUID organisationId, LocalDate countedOn) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    /** The latest count on or before {@code asOf}. */
    public static Optional<EmployeeCount> latest(UUID organisationId, LocalDate asOf) {
        return find("organisationId = ?1 and countedOn <= ?2 order by countedOn desc", organisationId, asOf)
                .firstResultOptional();
    }

    public static List<EmployeeCount> history(UUID organisationId) {
        return list("organisationId = ?1 order by countedOn", organisationId);
    }
}
