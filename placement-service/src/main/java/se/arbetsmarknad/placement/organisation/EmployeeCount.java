package se.arbetsmarknad.placement.organisation;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

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

    /** Every organisation's latest count on or before {@code asOf}, in one query. */
    public static Map<UUID, EmployeeCount> latestOfAll(LocalDate asOf) {
        return EmployeeCount.<EmployeeCount>list("""
                from EmployeeCount e where e.countedOn = (select max(c.countedOn) from EmployeeCount c
                where c.organisationId = e.organisationId and c.countedOn <= ?1)""", asOf).stream().collect(Collectors.toMap(c -> c.organisationId, Function.identity()));
    }

    /** The counts of the given organisations, oldest first, in one query. */
    public static Map<UUID, List<EmployeeCount>> histories(List<UUID> organisationIds) {
        return EmployeeCount.<EmployeeCount>list("organisationId in ?1 order by countedOn", organisationIds).stream()
                .collect(Collectors.groupingBy(c -> c.organisationId));
    }
}
