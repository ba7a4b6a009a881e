package se.arbetsmarknad.goals.plan;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import se.arbetsmarknad.goals.goal.Goal;
import se.arbetsmarknad.goals.goal.GoalDoc;
import se.arbetsmarknad.goals.goal.GoalScope;
import se.arbetsmarknad.goals.goal.GoalService;
import se.arbetsmarknad.goals.goal.GoalViews.GoalView;
import se.arbetsmarknad.goals.goal.Indicator;
import se.arbetsmarknad.goals.goal.PlanScopes;
import se.arbetsmarknad.platform.http.Page;
import se.arbetsmarknad.platform.http.PageRequest;
import se.arbetsmarknad.platform.http.Versions;
import se.arbetsmarknad.platform.problem.ProblemException;
import se.arbetsmarknad.platform.time.SuiteClock;

/**
 * Plans as whole documents (create = import, export) and their parts. Every command validates all of
 * its input before it writes, in one transaction: an import is all or nothing.
 */
@ApplicationScoped
public class PlanService implements PlanScopes {

    static final String DEFAULT_STATUS = "pagaende";

    @Inject
    PlanRules rules;
    @Inject
    GoalService goals;
    /** The suite clock; {@code now()} is UTC, as timestamps are stored and read back. */
    @Inject
    SuiteClock clock;

    public static Plan find(UUID id) {
        Plan p = Plan.findById(id);
        if (p == null) {
            throw ProblemException.notFound("Planen / The plan");
        }
        return p;
    }

    @Override
    public Optional<GoalScope> of(UUID planId) {
        Plan p = Plan.findById(planId);
        return Optional.ofNullable(p).map(PlanService::scope);
    }

    static GoalScope scope(Plan p) {
        Map<String, Indicator> indicators = new LinkedHashMap<>();
        p.indicators.forEach(i -> indicators.put(i.code, i));
        return new GoalScope(p.id, p.periodFrom, p.periodTo, indicators);
    }

    /** Creates (imports) a whole plan; goal.defined for each of its goals. */
    @Transactional
    public Plan create(PlanDocument doc) {
        rules.checkDocument(doc);
        Plan plan = new Plan();
        plan.id = UUID.randomUUID();
        plan.createdAt = clock.now();
        header(plan, doc.name(), doc.organisation(), doc.periodFrom(), doc.periodTo(), doc.boardGoal(),
                doc.interimMonth());
        doc.areas().forEach(a -> plan.areas.add(area(plan, a)));
        doc.actions().forEach(a -> plan.actions.add(action(plan, new PlanAction(), a)));
        doc.indicators().forEach(i -> plan.indicators.add(indicator(plan, new Indicator(), i)));
        plan.persist();
        Plan.flush();
        GoalScope scope = scope(plan);
        for (int i = 0; i < doc.goals().size(); i++) {
            goals.define(scope, doc.goals().get(i), "goals[" + i + "]");
        }
        return plan;
    }

    @Transactional
    public Plan changeHeader(UUID id, long expectedVersion, PlanDocument doc) {
        Plan plan = find(id);
        Versions.check(expectedVersion, plan.version);
        rules.checkPeriod(doc.periodFrom(), doc.periodTo());
        for (Goal g : Goal.ofPlan(id)) {
            if (g.year < doc.periodFrom() || g.year > doc.periodTo()) {
                throw ProblemException.invalid("periodFrom",
                        "målet '" + g.title + "' (" + g.year + ") hamnar utanför perioden / a goal falls outside the period");
            }
        }
        header(plan, doc.name(), doc.organisation(), doc.periodFrom(), doc.periodTo(), doc.boardGoal(),
                doc.interimMonth());
        return plan;
    }

    private void header(Plan plan, String name, String organisation, int from, int to, String boardGoal,
            Integer interimMonth) {
        plan.name = name.strip();
        plan.organisation = organisation.strip();
        plan.periodFrom = from;
        plan.periodTo = to;
        plan.boardGoal = boardGoal;
        plan.interimMonth = interimMonth;
        plan.updatedAt = clock.now();
    }

    @Transactional
    public Plan addArea(UUID planId, PlanDocument.Area doc) {
        Plan plan = find(planId);
        if (plan.hasArea(doc.number()) && doc.number() != null) {
            throw ProblemException.conflict("number", "målområdet finns redan / the goal area exists");
        }
        plan.areas.add(area(plan, doc));
        touch(plan);
        return plan;
    }

    @Transactional
    public PlanAction addAction(UUID planId, PlanDocument.Action doc) {
        Plan plan = find(planId);
        if (plan.action(doc.number()).isPresent()) {
            throw ProblemException.conflict("number", "åtgärdsnumret finns redan / the action number exists");
        }
        rules.checkAction("action", doc, plan::hasArea);
        PlanAction a = action(plan, new PlanAction(), doc);
        plan.actions.add(a);
        touch(plan);
        return a;
    }

    @Transactional
    public PlanAction changeAction(UUID planId, int number, long expectedVersion, PlanDocument.Action doc) {
        Plan plan = find(planId);
        PlanAction a = plan.action(number).orElseThrow(() -> ProblemException.notFound("Åtgärden / The action"));
        Versions.check(expectedVersion, a.version);
        if (doc.number() != number) {
            throw ProblemException.invalid("number", "numret ändras inte / the number cannot change");
        }
        rules.checkAction("action", doc, plan::hasArea);
        List<PlanDocument.Note> notes = doc.notes().isEmpty() ? notesOf(a) : doc.notes();
        action(plan, a, new PlanDocument.Action(doc.number(), doc.area(), doc.text(), doc.expectedEffect(),
                doc.yearFrom(), doc.yearTo(), doc.responsible(), doc.status(), notes));
        touch(plan);
        return a;
    }

    @Transactional
    public PlanAction addNote(UUID planId, int number, String text, String author) {
        Plan plan = find(planId);
        PlanAction a = plan.action(number).orElseThrow(() -> ProblemException.notFound("Åtgärden / The action"));
        a.notes.add(new ActionNote(LocalDate.now(clock), author, text.strip()));
        touch(plan);
        return a;
    }

    @Transactional
    public Indicator addIndicator(UUID planId, PlanDocument.IndicatorDoc doc) {
        Plan plan = find(planId);
        if (plan.indicator(doc.code()).isPresent()) {
            throw ProblemException.conflict("code", "indikatorkoden finns redan / the indicator code exists");
        }
        rules.checkIndicator("indicator", doc, plan::hasArea);
        Indicator i = indicator(plan, new Indicator(), doc);
        plan.indicators.add(i);
        touch(plan);
        return i;
    }

    private void touch(Plan plan) {
        plan.updatedAt = clock.now();
    }

    private static GoalArea area(Plan plan, PlanDocument.Area doc) {
        GoalArea a = new GoalArea();
        a.id = UUID.randomUUID();
        a.plan = plan;
        a.number = doc.number();
        a.title = doc.title().strip();
        a.description = doc.description();
        return a;
    }

    private static PlanAction action(Plan plan, PlanAction a, PlanDocument.Action doc) {
        if (a.id == null) {
            a.id = UUID.randomUUID();
        }
        a.plan = plan;
        a.number = doc.number();
        a.areaNumber = doc.area();
        a.text = doc.text().strip();
        a.expectedEffect = doc.expectedEffect();
        a.yearFrom = doc.yearFrom();
        a.yearTo = doc.yearTo();
        a.responsible = doc.responsible();
        a.status = doc.status() == null ? DEFAULT_STATUS : doc.status();
        a.notes.clear();
        doc.notes().forEach(n -> a.notes.add(new ActionNote(n.date(), n.author(), n.text())));
        return a;
    }

    private static Indicator indicator(Plan plan, Indicator i, PlanDocument.IndicatorDoc doc) {
        i.id = UUID.randomUUID();
        i.planId = plan.id;
        i.code = doc.code();
        i.areaNumber = doc.area();
        i.title = doc.title().strip();
        i.unit = doc.unit();
        i.statistic = doc.statistic();
        i.denominator = doc.denominator();
        i.baselineYear = doc.baselineYear();
        i.baselineValue = doc.baselineValue();
        i.source = doc.source();
        i.genderBreakdown = doc.genderBreakdown() == null || doc.genderBreakdown();
        return i;
    }

    // ---- reading and exporting ----

    /** Newest period first, then by name (and id, so pages never overlap). */
    @Transactional
    public Page<PlanView.Summary> list(PageRequest paging) {
        List<Plan> plans = paging.apply(Plan.getEntityManager()
                .createQuery("from Plan order by periodFrom desc, name, id", Plan.class)).getResultList();
        List<PlanView.Summary> items = plans.stream().map(p -> new PlanView.Summary(p.id, p.name, p.organisation,
                p.periodFrom, p.periodTo, Goal.count("planId", p.id))).toList();
        return new Page<>(items, paging.page(), paging.size(), Plan.count());
    }

    @Transactional
    public PlanView view(UUID id) {
        return view(find(id));
    }

    PlanView view(Plan p) {
        return new PlanView(p.id, p.version, p.name, p.organisation, p.periodFrom, p.periodTo, p.boardGoal,
                p.interimMonth, p.areas.stream().map(PlanService::areaDoc).toList(),
                p.actions.stream().map(PlanService::actionView).toList(),
                p.indicators.stream().map(PlanService::indicatorView).toList(),
                Goal.ofPlan(p.id).stream().map(GoalView::of).toList());
    }

    public static PlanView.ActionView actionView(PlanAction a) {
        return new PlanView.ActionView(a.id, a.version, a.number, a.areaNumber, a.text, a.expectedEffect, a.yearFrom,
                a.yearTo, a.responsible, a.status, notesOf(a));
    }

    public static PlanView.IndicatorView indicatorView(Indicator i) {
        return new PlanView.IndicatorView(i.id, i.code, i.areaNumber, i.title, i.unit, i.statistic, i.denominator,
                i.baselineYear, i.baselineValue, i.source, i.genderBreakdown);
    }

    /** The plan as a document, exactly what an import of it would take. */
    @Transactional
    public PlanDocument export(UUID id) {
        Plan p = find(id);
        return new PlanDocument(p.name, p.organisation, p.periodFrom, p.periodTo, p.boardGoal, p.interimMonth,
                p.areas.stream().map(PlanService::areaDoc).toList(),
                p.actions.stream().map(a -> new PlanDocument.Action(a.number, a.areaNumber, a.text, a.expectedEffect,
                        a.yearFrom, a.yearTo, a.responsible, a.status, notesOf(a))).toList(),
                p.indicators.stream().map(i -> new PlanDocument.IndicatorDoc(i.code, i.areaNumber, i.title, i.unit,
                        i.statistic, i.denominator, i.baselineYear, i.baselineValue, i.source,
                        i.genderBreakdown ? null : Boolean.FALSE)).toList(),
                Goal.ofPlan(id).stream().map(g -> new GoalDoc(g.title,
                        g.indicator == null ? null : g.indicator.code, g.year, g.target, g.targetKind)).toList());
    }

    private static PlanDocument.Area areaDoc(GoalArea a) {
        return new PlanDocument.Area(a.number, a.title, a.description);
    }

    private static List<PlanDocument.Note> notesOf(PlanAction a) {
        return a.notes.stream().map(n -> new PlanDocument.Note(n.writtenOn, n.author, n.text)).toList();
    }
}
