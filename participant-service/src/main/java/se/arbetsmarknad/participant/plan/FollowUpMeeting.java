package se.arbetsmarknad.participant.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Uppföljningsmöte: a follow-up meeting on the plan. */
@Entity
@Table(name = "follow_up_meeting")
public class FollowUpMeeting extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "enrolment_id")
    public UUID enrolmentId;
    @Column(name = "held_on")
    public LocalDate heldOn;
    public String notes;
    @Column(name = "recorded_by")
    public String recordedBy;
    @Column(name = "recorded_at")
    public Instant recordedAt;
}
