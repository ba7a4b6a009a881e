package se.arbetsmarknad.goals.followup;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import se.arbetsmarknad.goals.GoalsConfig;
import se.arbetsmarknad.goals.goal.Goal;
import se.arbetsmarknad.goals.goal.GoalEvaluations;
import se.arbetsmarknad.goals.goal.IndicatorFigures;
import se.arbetsmarknad.goals.goal.Judgement;
import se.arbetsmarknad.goals.plan.Plan;
import se.arbetsmarknad.goals.plan.PlanService;
import se.arbetsmarknad.platform.events.EventTypes;
import se.arbetsmarknad.platform.events.goal.FollowUpFrozen;
import se.arbetsmarknad.platform.outbox.Outbox;
import se.arbetsmarknad.platform.problem.ProblemException;
import se.arbetsmarknad.platform.time.SuiteClock;

/** Freezes month-end follow-ups and keeps their comments. */
@ApplicationScoped
public class FollowUpService {

    public static final String MONTHLY = "monthly";
    public static final String INTERIM = "interim";
    public static final String YEAR_END = "year-end";

    /** The outcome: the follow-up and whether this call created it (a repeat returns the existing one). */
    public record Freeze(FollowUp followUp, boolean created) {
    }

    @Inject
    GoalEvaluations evaluations;
    @Inject
    IndicatorFigures indicatorFigures;
    @Inject
    Outbox outbox;
    @Inject
    GoalsConfig config;
    /** The suite clock; {@code now()} is UTC, as timestamps are stored and read back. */
    @Inject
    SuiteClock clock;

    /**
     * Freezes the plan's goals of the month's year as of the month's last day. Idempotent: a month
     * frozen before is returned as it was. A month that has not ended cannot be frozen.
     *
     * @param kind null: derived (December = year-end, the plan's interim month = interim, else monthly)
     */
    @Transactional
    public Freeze freeze(UUID planId, YearMonth month, String kind, String by) {
        Plan plan = PlanService.find(planId);
        if (!month.atEndOfMonth().isBefore(LocalDate.now(clock))) {
            throw ProblemException.conflict("month", "månaden " + month + " är inte slut än / the month has not ended yet");
        }
        Optional<FollowUp> existing = FollowUp.find("planId = ?1 and month = ?2", planId, month.toString())
                .firstResultOptional();
        if (existing.isPresent()) {
            return new Freeze(loaded(existing.get()), false);
        }
        FollowUp f = new FollowUp();
        f.id = UUID.randomUUID();
        f.planId = plan.id;
        f.month = month.toString();
        f.kind = kind != null ? kind : kindOf(plan, month);
        f.asOf = month.atEndOfMonth();
        f.frozenAt = clock.now();
        f.frozenBy = by;
        int position = 0;
        List<Goal> goals = Goal.ofPlan(plan.id).stream().filter(g -> g.year == month.getYear()).toList();
        IndicatorFigures.Loaded figures = indicatorFigures.load(goals.stream().map(g -> g.indicator).toList());
        Map<UUID, Judgement> judgements = Judgement.latestOf(goals.stream().map(g -> g.id).toList());
        for (Goal g : goals) {
            var r = evaluations.evaluate(g, f.asOf, figures.of(g.indicator, g.year)).total();
            var j = Optional.ofNullable(judgements.get(g.id));
            FollowUpRow row = new FollowUpRow();
            row.id = UUID.randomUUID();
            row.position = position++;
            row.goalId = g.id;
            row.title = g.title;
            row.target = g.target;
            row.targetKind = g.targetKind;
            row.unit = g.unit();
            row.statistic = g.statistic();
            row.actual = r.actual();
            row.forecast = r.forecast();
            row.forecastMethod = r.method();
            row.computedStatus = r.status() == null ? null : r.status().name();
            row.judgement = j.map(x -> x.status.name()).orElse(null);
            row.judgementComment = j.map(x -> x.comment).orElse(null);
            row.judgedBy = j.map(x -> x.judgedBy).orElse(null);
            f.rows.add(row);
        }
        f.persist();
        outbox.publish(EventTypes.GOAL_FOLLOW_UP_FROZEN, f.id.toString(), new FollowUpFrozen(f.id, f.planId,
                f.month, f.kind, f.asOf, f.rows.stream().map(r -> new FollowUpFrozen.FrozenGoal(r.goalId, r.actual, r.forecast,
                        r.computedStatus, r.judgement)).toList()));
        return new Freeze(f, true);
    }

    private String kindOf(Plan plan, YearMonth month) {
        int interim = plan.interimMonth != null ? plan.interimMonth : config.followUp().interimMonth();
        return month.getMonthValue() == 12 ? YEAR_END : month.getMonthValue() == interim ? INTERIM : MONTHLY;
    }

    /** The plans whose period covers the month (the month-end job freezes each of them). */
    @Transactional
    public List<UUID> plansCovering(YearMonth month) {
        return Plan.<Plan>list("periodFrom <= ?1 and periodTo >= ?1", month.getYear()).stream().map(p -> p.id).toList();
    }

    @Transactional
    public FollowUp get(UUID id) {
        FollowUp f = FollowUp.findById(id);
        if (f == null) {
            throw ProblemException.notFound("Uppföljningen / The follow-up");
        }
        return loaded(f);
    }

    /** Reads a follow-up's rows and comments while the transaction is open: the views use them after. */
    private static FollowUp loaded(FollowUp f) {
        f.rows.size();
        f.comments.size();
        return f;
    }

    @Transactional
    public List<FollowUp> ofPlan(UUID planId) {
        PlanService.find(planId);
        List<FollowUp> list = FollowUp.list("planId = ?1 order by month desc", planId);
        list.forEach(FollowUpService::loaded);
        return list;
    }

    @Transactional
    public FollowUp comment(UUID id, String text, String author) {
        FollowUp f = get(id);
        FollowUpComment c = new FollowUpComment();
        c.id = UUID.randomUUID();
        c.author = author;
        c.writtenAt = clock.now();
        c.text = text.strip();
        f.comments.add(c);
        return f;
    }
}
