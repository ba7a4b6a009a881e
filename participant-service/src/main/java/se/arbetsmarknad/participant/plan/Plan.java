package se.arbetsmarknad.participant.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One version of an enrolment's plan (planering); the highest version is the current plan. */
@Entity
@Table(name = "plan")
public class Plan extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "enrolment_id")
    public UUID enrolmentId;
    @Column(name = "plan_version")
    public int planVersion;
    public String goal;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> steps = new ArrayList<>();
    @Column(name = "next_follow_up")
    public LocalDate nextFollowUp;
    @Column(name = "decided_on")
    public LocalDate decidedOn;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "created_at")
    public Instant createdAt;

    public static Plan current(UUID enrolmentId) {
        return find("enrolmentId = ?1 order by planVersion desc", enrolmentId).firstResult();
    }
}
