package se.arbetsmarknad.participant.intervention;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Insats: an intervention within one enrolment, possibly on a placement from placement-service. */
@Entity
@Table(name = "intervention")
public class Intervention extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "enrolment_id")
    public UUID enrolmentId;
    @Column(name = "participant_id")
    public UUID participantId;
    public String kind;
    @Column(name = "started_on")
    public LocalDate startedOn;
    @Column(name = "planned_end_on")
    public LocalDate plannedEndOn;
    @Column(name = "ended_on")
    public LocalDate endedOn;
    @Column(name = "placement_id")
    public UUID placementId;
    @Column(name = "match_id")
    public UUID matchId;
    @Column(name = "created_by")
    public String createdBy;
    @Version
    public long version;
    @Column(name = "created_at")
    public Instant createdAt;
}
