package se.arbetsmarknad.participant.project;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
@Table(name = "project_membership")
public class ProjectMembership extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "participant_id")
    public UUID participantId;
    @Column(name = "project_code")
    public String projectCode;
    @Column(name = "joined_on")
    public LocalDate joinedOn;
    @Column(name = "left_on")
    public LocalDate leftOn;
}
