package se.arbetsmarknad.goals.goal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

import org.hibernate.annotations.OptimisticLock;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import se.arbetsmarknad.goals.forecast.Status;
import se.arbetsmarknad.goals.forecast.Target;
import se.arbetsmarknad.goals.forecast.TargetKind;

/**
 * A target for one year on one of the plan's indicators ("Anställningar med stöd: 200 in 2022"), or a
 * milestone without an indicator ("Möjliggöra ett ASF") that a manager marks reached by hand.
 */
@Entity
public class Goal extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "plan_id")
    public UUID planId;
    @ManyToOne
    @JoinColumn(name = "indicator_id")
    public Indicator indicator;
    /** Order within the plan, as imported or created. */
    public int position;
    public String title;
    public int year;
    /** The target as written; {@link #target()} derives its kind and number. */
    public String target;
    @Column(name = "target_kind")
    public String targetKind;
    @Column(name = "milestone_reached_on")
    public LocalDate milestoneReachedOn;
    @Column(name = "milestone_reached_by")
    public String milestoneReachedBy;
    /**
     * The computed status last published, to tell when it worsens. Derived from incoming figures, not
     * an edit: it does not bump the version, so new figures neither change the ETag a manager holds
     * nor collide with the manager's edit.
     */
    @OptimisticLock(excluded = true)
    @Enumerated(EnumType.STRING)
    @Column(name = "last_status")
    public Status lastStatus;
    @Version
    public long version;

    public Target target() {
        return Target.parse(target, TargetKind.of(targetKind))
                .orElseThrow(() -> new IllegalStateException("stored target no longer parses: " + target));
    }

    public String statistic() {
        return indicator == null ? null : indicator.statistic;
    }

    public String unit() {
        return indicator == null ? "count" : indicator.unit;
    }

    public static List<Goal> ofPlan(UUID planId) {
        return list("planId = ?1 order by position", planId);
    }
}
