package se.arbetsmarknad.participant.participant;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One step in an enrolment's life: enrolled, transferred, paused, resumed, exited, reopened. */
@Entity
@Table(name = "enrolment_history")
public class EnrolmentHistory extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "enrolment_id")
    public UUID enrolmentId;
    @Column(name = "happened_on")
    public LocalDate happenedOn;
    public String kind;
    @Column(name = "from_unit")
    public String fromUnit;
    @Column(name = "to_unit")
    public String toUnit;
    @Column(name = "from_officer")
    public String fromOfficer;
    @Column(name = "to_officer")
    public String toOfficer;
    public String reason;
    @Column(name = "recorded_by")
    public String recordedBy;
    @Column(name = "recorded_at")
    public Instant recordedAt;
}
