package se.arbetsmarknad.goals.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Åtgärd: a numbered action of the plan with its expected effect, years, responsible and status. */
@Entity
@Table(name = "plan_action")
public class PlanAction extends PanacheEntityBase {

    @Id
    public UUID id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "plan_id")
    public Plan plan;
    public int number;
    @Column(name = "area_number")
    public Integer areaNumber;
    public String text;
    @Column(name = "expected_effect")
    public String expectedEffect;
    @Column(name = "year_from")
    public int yearFrom;
    @Column(name = "year_to")
    public int yearTo;
    public String responsible;
    /** planerad | pagaende | genomford | avbruten */
    public String status;
    @Version
    public long version;

    @ElementCollection
    @CollectionTable(name = "action_note", joinColumns = @JoinColumn(name = "action_id"))
    @OrderColumn(name = "position")
    public List<ActionNote> notes = new ArrayList<>();
}
