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
    /** forvaltning, privat, ideell or asf. */
    public String kind;
    public String organisationNumber;
    public String municipality;
    @Version
    public long version;
    public OffsetDateTime createdAt;
    public OffsetDateTime updatedAt;

    /** Sector as statistics count it: an ASF is a (social) enterprise and counts as private. */
    public String sector() {
        return switch (kind) {
            case "forvaltning" -> "kommunal";
            case "ideell" -> "ideell";
            default -> "privat";
        };
    }

    public boolean isForvaltning() {
        return "forvaltning".equals(kind);
    }

    public static Organisation byCode(String code) {
        return find("code", code).firstResult();
    }
}
