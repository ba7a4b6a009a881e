package se.arbetsmarknad.placement.organisation;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A contact person at an organisation (an employee there, not a participant). Never in events. */
@Entity
@Table(name = "contact_person")
public class ContactPerson extends PanacheEntityBase {
    @Id
    public UUID id;
    public UUID organisationId;
    public String name;
    public String role;
    public String email;
    public String phone;

    /** The contact persons of the given organisations, in one query. */
    public static Map<UUID, List<ContactPerson>> of(List<UUID> organisationIds) {
        return ContactPerson.<ContactPerson>list("organisationId in ?1 order by name, id", organisationIds).stream()
                .collect(Collectors.groupingBy(c -> c.organisationId));
    }
}
