package se.arbetsmarknad.goals.followup;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A month's follow-up (månadsuppföljning) of a plan: the goals' figures as of the month end, frozen —
 * later data never rewrites them. Interim (delårsrapport) and year-end (årsbokslut) ones are marked.
 */
@Entity
@Table(name = "follow_up")
public class FollowUp extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "plan_id")
    public UUID planId;
    /** YYYY-MM */
    public String month;
    /** monthly | interim | year-end */
    public String kind;
    @Column(name = "as_of")
    public LocalDate asOf;
    @Column(name = "frozen_at")
    public OffsetDateTime frozenAt;
    @Column(name = "frozen_by")
    public String frozenBy;

    @OneToMany(cascade = CascadeType.ALL)
    @JoinColumn(name = "follow_up_id", nullable = false)
    @OrderBy("position")
    public List<FollowUpRow> rows = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL)
    @JoinColumn(name = "follow_up_id", nullable = false)
    @OrderBy("writtenAt")
    public List<FollowUpComment> comments = new ArrayList<>();
}
