package se.arbetsmarknad.goals.plan;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;

import org.hibernate.annotations.OptimisticLock;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import se.arbetsmarknad.goals.goal.Indicator;

/** A plan for a period (Uppsala: 2023–2026; Lund: 2022) with its nämndmål, målområden, åtgärder and indikatorer. */
@Entity
public class Plan extends PanacheEntityBase {

    @Id
    public UUID id;
    public String name;
    public String organisation;
    @Column(name = "period_from")
    public int periodFrom;
    @Column(name = "period_to")
    public int periodTo;
    /** Nämndmål: the board's overarching goal for the period, as decided. */
    @Column(name = "board_goal")
    public String boardGoal;
    /** The month of the interim report (delårsrapport); null: the service default. */
    @Column(name = "interim_month")
    public Integer interimMonth;
    @Version
    public long version;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("number")
    public List<GoalArea> areas = new ArrayList<>();

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("number")
    public List<PlanAction> actions = new ArrayList<>();

    /**
     * The indicators own their plan_id (they belong to the goals' side); this collection only reads it, and,
     * like the areas and actions, adding to it is not an edit of the plan's own fields (no new version).
     */
    @OptimisticLock(excluded = true)
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "plan_id", insertable = false, updatable = false)
    @OrderBy("code")
    public List<Indicator> indicators = new ArrayList<>();

    public Optional<PlanAction> action(int number) {
        return actions.stream().filter(a -> a.number == number).findFirst();
    }

    public Optional<Indicator> indicator(String code) {
        return indicators.stream().filter(i -> i.code.equals(code)).findFirst();
    }

    public boolean hasArea(Integer number) {
        return number == null || areas.stream().anyMatch(a -> a.number == number);
    }
}
