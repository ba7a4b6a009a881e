package se.arbetsmarknad.placement.organisation;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
@Table(name = "organisation")
public class Organisation extends PanacheEntityBase {
    @Id
    public UUID id;
    public String code;
    public String name;
    public OrganisationKind kind;
    public String organisationNumber;
    public String municipality;
    @Version
    public long version;
    public OffsetDateTime createdAt;
    public OffsetDateTime updatedAt;

    public String sector() {
        return kind.sector();
    }

    public boolean isForvaltning() {
        return kind == OrganisationKind.FORVALTNING;
    }

    public static Organisation byCode(String code) {
        return find("code", code).firstResult();
    }
}
