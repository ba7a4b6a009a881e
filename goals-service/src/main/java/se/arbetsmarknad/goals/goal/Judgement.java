package se.arbetsmarknad.goals.goal;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import se.arbetsmarknad.goals.forecast.Status;

/** A manager's judgement "kommer att klara målet?" with a comment; all kept, the newest counts. */
@Entity
@Table(name = "goal_judgement")
public class Judgement extends PanacheEntityBase {

    @Id
    public UUID id;
    /** Order of writing, also when two judgements share a timestamp. */
    @Column(insertable = false, updatable = false)
    public Long seq;
    @Column(name = "goal_id")
    public UUID goalId;
    @Enumerated(EnumType.STRING)
    public Status status;
    public String comment;
    @Column(name = "judged_by")
    public String judgedBy;
    @Column(name = "judged_at")
    public OffsetDateTime judgedAt;

    public static Optional<Judgement> latest(UUID goalId) {
        return find("goalId = ?1 order by seq desc", goalId).firstResultOptional();
    }

    /** The newest judgement of each of these goals that has one, in one query. */
    public static Map<UUID, Judgement> latestOf(Collection<UUID> goalIds) {
        if (goalIds.isEmpty()) {
            return Map.of();
        }
        List<Judgement> newest = list("from Judgement j where j.goalId in ?1"
                + " and j.seq = (select max(k.seq) from Judgement k where k.goalId = j.goalId)", goalIds);
        return newest.stream().collect(Collectors.toMap(j -> j.goalId, Function.identity()));
    }

    public static List<Judgement> history(UUID goalId) {
        return list("goalId = ?1 order by seq desc", goalId);
    }
}
