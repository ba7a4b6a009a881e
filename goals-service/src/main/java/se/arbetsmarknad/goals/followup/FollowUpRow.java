package se.arbetsmarknad.goals.followup;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** One goal's frozen figures in a follow-up. */
@Entity
@Immutable
@Table(name = "follow_up_row")
public class FollowUpRow {

    @Id
    public UUID id;
    public int position;
    @Column(name = "goal_id")
    public UUID goalId;
    public String title;
    public String target;
    @Column(name = "target_kind")
    public String targetKind;
    public String unit;
    public String statistic;
    public Double actual;
    public Double forecast;
    @Column(name = "forecast_method")
    public String forecastMethod;
    @Column(name = "computed_status")
    public String computedStatus;
    public String judgement;
    @Column(name = "judgement_comment")
    public String judgementComment;
    @Column(name = "judged_by")
    public String judgedBy;
}
