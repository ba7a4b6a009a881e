package se.arbetsmarknad.participant.participant;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Inskrivning: one period in a unit with a responsible officer, from enrolment to exit (avslut). */
@Entity
@Table(name = "enrolment")
public class Enrolment extends PanacheEntityBase {

    public enum Status {
        ACTIVE, PAUSED, EXITED
    }

    @Id
    public UUID id;
    @Column(name = "participant_id")
    public UUID participantId;
    public String unit;
    public String officer;
    @Enumerated(EnumType.STRING)
    public Status status;
    @Column(name = "enrolled_on")
    public LocalDate enrolledOn;
    @Column(name = "paused_on")
    public LocalDate pausedOn;
    @Column(name = "exited_on")
    public LocalDate exitedOn;
    @Column(name = "exit_reason")
    public String exitReason;
    @Column(name = "exit_comment")
    public String exitComment;
    @Column(name = "reopened_from")
    public UUID reopenedFrom;
    @Version
    public long version;
    @Column(name = "created_at")
    public Instant createdAt;

    public boolean open() {
        return status != Status.EXITED;
    }

    /** The participant's latest enrolment (open or not): it decides the unit and officer who may see them. */
    public static Enrolment latest(UUID participantId) {
        return find("participantId = ?1 order by enrolledOn desc, createdAt desc", participantId).firstResult();
    }
}
