package se.arbetsmarknad.goals.plan;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Målområde: a numbered area of the plan that groups actions and indicators. */
@Entity
@Table(name = "goal_area")
public class GoalArea extends PanacheEntityBase {

    @Id
    public UUID id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "plan_id")
    public Plan plan;
    public int number;
    public String title;
    public String description;
}
