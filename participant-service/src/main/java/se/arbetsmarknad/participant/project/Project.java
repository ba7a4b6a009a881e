package se.arbetsmarknad.participant.project;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An externally funded project (ESF, Finsam) or a sub-project of one (e.g. IRIS → USB). */
@Entity
@Table(name = "project")
public class Project extends PanacheEntityBase {
    @Id
    public String code;
    @Column(name = "parent_code")
    public String parentCode;
    public String name;
    public String funder;
}
