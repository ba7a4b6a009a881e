package se.arbetsmarknad.goals.goal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import se.arbetsmarknad.goals.forecast.TargetKind;
import se.arbetsmarknad.goals.goal.GoalViews.GoalStatus;
import se.arbetsmarknad.goals.statistic.ReferenceSeriesChanged;
import se.arbetsmarknad.goals.statistic.StatisticChanged;
import se.arbetsmarknad.platform.http.Versions;
import se.arbetsmarknad.platform.problem.ProblemException;
import se.arbetsmarknad.platform.time.SuiteClock;

/** Goals: define, change, judge, mark milestones, and keep their figures current as statistics arrive. */
@ApplicationScoped
public class GoalService {

    private static final Logger LOG = Logger.getLogger(GoalService.class);

    @Inject
    IndicatorStatuses indicatorStatuses;
    @Inject
    GoalEvaluations evaluations;
    @Inject
    IndicatorFigures figures;
    @Inject
    GoalEvents events;
    @Inject
    PlanScopes plans;
    /** The suite clock; {@code now()} is UTC, as timestamps are stored and read back. */
    @Inject
    SuiteClock clock;

    public static Goal find(UUID id) {
        Goal g = Goal.findById(id);
        if (g == null) {
            throw ProblemException.notFound("Målet / The goal");
        }
        return g;
    }

    private GoalScope scope(UUID planId) {
        return plans.of(planId).orElseThrow(() -> ProblemException.notFound("Planen / The plan"));
    }

    /** Adds a goal to a plan; the caller's transaction (a plan import adds many in one). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Goal define(GoalScope plan, GoalDoc doc, String at) {
        Indicator indicator = indicatorOf(plan, doc, at);
        var target = GoalRules.check(at, doc, indicator == null ? null : indicator.unit, plan.periodFrom(),
                plan.periodTo());
        Goal g = new Goal();
        g.id = UUID.randomUUID();
        g.planId = plan.planId();
        g.indicator = indicator;
        g.position = (int) Goal.count("planId", plan.planId());
        apply(g, doc, target.kind());
        g.persist();
        events.defined(g, true);
        g.lastStatus = evaluations.evaluate(g).total().status();
        return g;
    }

    @Transactional
    public Goal create(UUID planId, GoalDoc doc) {
        return define(scope(planId), doc, "goal");
    }

    @Transactional
    public Goal change(UUID goalId, long expectedVersion, GoalDoc doc) {
        Goal g = find(goalId);
        Versions.check(expectedVersion, g.version);
        GoalScope plan = scope(g.planId);
        Indicator indicator = indicatorOf(plan, doc, "goal");
        var target = GoalRules.check("goal", doc, indicator == null ? null : indicator.unit, plan.periodFrom(),
                plan.periodTo());
        g.indicator = indicator;
        apply(g, doc, target.kind());
        events.defined(g, false);
        events.evaluated(g, evaluations.evaluate(g));
        return g;
    }

    private static void apply(Goal g, GoalDoc doc, TargetKind kind) {
        g.title = doc.title().strip();
        g.year = doc.year();
        g.target = doc.target().strip();
        g.targetKind = kind.code();
    }

    private static Indicator indicatorOf(GoalScope plan, GoalDoc doc, String at) {
        if (doc.indicator() == null) {
            return null;
        }
        return plan.indicator(doc.indicator()).orElseThrow(() -> ProblemException.invalid(at + ".indicator",
                "planen har ingen indikator " + doc.indicator() + " / the plan has no such indicator"));
    }

    @Transactional
    public Judgement judge(UUID goalId, GoalViews.JudgementRequest request, String username) {
        Goal g = find(goalId);
        Judgement j = new Judgement();
        j.id = UUID.randomUUID();
        j.goalId = g.id;
        j.status = request.status();
        j.comment = request.comment() == null || request.comment().isBlank() ? null : request.comment().strip();
        j.judgedBy = username;
        j.judgedAt = clock.now();
        j.persist();
        Judgement.flush(); // the evaluation below reads the newest judgement
        events.evaluated(g, evaluations.evaluate(g));
        return j;
    }

    @Transactional
    public Goal markMilestone(UUID goalId, boolean reached, String username) {
        Goal g = find(goalId);
        if (g.target().kind() != TargetKind.MILESTONE) {
            throw ProblemException.conflict("targetKind",
                    "bara en milstolpe markeras som nådd / only a milestone is marked reached by hand");
        }
        g.milestoneReachedOn = reached ? LocalDate.now(clock) : null;
        g.milestoneReachedBy = reached ? username : null;
        events.evaluated(g, evaluations.evaluate(g));
        return g;
    }

    /**
     * A statistic's figures changed: re-evaluate every goal bound to it (or to a share of it) for that
     * year, and the goals of later years that compare with that year ("fler än 2021").
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int statisticChanged(String statistic, int year) {
        List<Goal> goals = Goal.list("(indicator.statistic = ?1 or indicator.denominator = ?1) and year >= ?2",
                statistic, year);
        List<Goal> affected = goals.stream().filter(g -> g.year == year
                || (g.target().kind() == TargetKind.MORE_THAN_PREVIOUS_YEAR && g.target().value().intValue() == year))
                .toList();
        // They share the statistic: its figures are read once for all of them.
        IndicatorFigures.Loaded loaded = figures.load(affected.stream().map(g -> g.indicator).toList());
        affected.forEach(g -> events.evaluated(g, evaluations.evaluate(g, null, loaded.of(g.indicator, g.year))));
        return affected.size();
    }

    void onStatistic(@Observes StatisticChanged changed) {
        int n = statisticChanged(changed.statistic(), changed.year());
        LOG.debugf("statistic %s %d: %d goals re-evaluated", changed.statistic(), changed.year(), n);
    }

    /** New reference values: the ratio goals that divide by the series are evaluated again. */
    void onReferenceSeries(@Observes ReferenceSeriesChanged changed) {
        List<Goal> affected = Goal.list("indicator.denominator = ?1", changed.series());
        affected.stream().map(g -> g.statistic() + ":" + g.year).distinct().forEach(key -> {
            int colon = key.lastIndexOf(':');
            statisticChanged(key.substring(0, colon), Integer.parseInt(key.substring(colon + 1)));
        });
    }

    @Transactional
    public GoalViews.GoalView view(UUID goalId) {
        return GoalViews.GoalView.of(find(goalId));
    }

    @Transactional
    public GoalStatus status(UUID goalId) {
        Goal g = find(goalId);
        return status(g, figures.of(g.indicator, g.year), Judgement.latest(g.id));
    }

    /** Every goal of the plan (of one year) with its status; the figures and judgements of all in a few queries. */
    @Transactional
    public List<GoalStatus> planStatus(UUID planId, Integer year) {
        scope(planId);
        List<Goal> goals = Goal.ofPlan(planId).stream().filter(g -> year == null || g.year == year).toList();
        IndicatorFigures.Loaded loaded = figures.load(goals.stream().map(g -> g.indicator).toList());
        Map<UUID, Judgement> judgements = Judgement.latestOf(goals.stream().map(g -> g.id).toList());
        return goals.stream().map(g -> status(g, loaded.of(g.indicator, g.year), Optional.ofNullable(judgements.get(g.id))))
                .toList();
    }

    private GoalStatus status(Goal g, IndicatorFigures.Measured measured, Optional<Judgement> j) {
        var e = evaluations.evaluate(g, null, measured);
        var r = e.total();
        return new GoalStatus(g.id, g.title, g.statistic(), g.unit(), g.year, g.target, g.targetKind,
                r.targetValue(), r.asOf(), r.actual(), e.actualByGender(), r.forecast(), r.method(), r.status(),
                j.map(x -> x.status).orElse(null), j.map(x -> x.comment).orElse(null),
                j.map(x -> x.judgedBy).orElse(null), j.map(x -> x.judgedAt).orElse(null), g.milestoneReachedOn,
                g.indicator == null ? null : g.indicator.source, indicatorStatuses.waitingFor(g, r.actual(), measured));
    }

    @Transactional
    public List<Judgement> judgements(UUID goalId) {
        return Judgement.history(find(goalId).id);
    }
}
