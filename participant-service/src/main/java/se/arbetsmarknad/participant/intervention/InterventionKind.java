package se.arbetsmarknad.participant.intervention;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Reference data: a kind of insats with its category (seeded by Flyway, extended by admin). */
@Entity
@Table(name = "intervention_kind")
public class InterventionKind extends PanacheEntityBase {
    @Id
    public String code;
    public String category;
    @Column(name = "name_sv")
    public String nameSv;
    @Column(name = "name_en")
    public String nameEn;
    public boolean active;
}
