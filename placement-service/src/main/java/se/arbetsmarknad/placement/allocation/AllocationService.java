package se.arbetsmarknad.placement.allocation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.DoubleConsumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.Panache;

import se.arbetsmarknad.placement.allocation.AllocationDtos.Assignment;
import se.arbetsmarknad.placement.allocation.AllocationDtos.Reason;
import se.arbetsmarknad.placement.allocation.AllocationDtos.Unassigned;
import se.arbetsmarknad.placement.match.MatchDtos;
import se.arbetsmarknad.placement.match.MatchService;
import se.arbetsmarknad.placement.matching.ParticipantFacts;
import se.arbetsmarknad.placement.matching.ParticipantProfile;
import se.arbetsmarknad.placement.matching.ParticipantStatus;
import se.arbetsmarknad.placement.matching.PlacementFacts;
import se.arbetsmarknad.placement.matching.Scoring;
import se.arbetsmarknad.placement.placement.Placement;
import se.arbetsmarknad.placement.placement.PlacementStatus;
import se.arbetsmarknad.platform.problem.ProblemException;
import se.arbetsmarknad.platform.security.AccessScope;
import se.arbetsmarknad.platform.security.CurrentUser;
import se.arbetsmarknad.platform.security.UnitScope;
import se.arbetsmarknad.platform.time.SuiteClock;

/**
 * Batch allocation (fördelning av platser): which participants get which of the scarce seats, optimal
 * for the priority rules and the matching score, and explained per participant.
 */
@ApplicationScoped
public class AllocationService {

    @Inject
    SuiteClock clock;
    @Inject
    AccessScope scope;
    @Inject
    CurrentUser user;
    @Inject
    MatchService matches;
    @Inject
    AllocationConfig config;

    /** The input as loaded, sorted by id so that equal input gives an equal allocation. */
    public record Instance(List<ParticipantProfile> participants, List<Placement> placements) {
        /** Candidate pairs before the hard filters: what the time of an allocation grows with. */
        public long candidates() {
            return (long) participants.size() * placements.size();
        }
    }

    /**
     * Who asks, as a job keeps it for later: the caller's user name and, for a case officer, their unit
     * (null: every unit).
     */
    public record Scope(String owner, String unit) {
    }

    /** A checked request with its input loaded. */
    public record Prepared(Instance instance, List<PriorityRule> rules, boolean genderBalance, LocalDate asOf) {
    }

    public Scope scope() {
        UnitScope units = scope.participants();
        return new Scope(user.username(), units.isAll() ? null : units.confinedTo().orElseThrow(() -> ProblemException.notFound("participant")));
    }

    /** Checks the rules (400) and every named participant and placement (404, also outside the scope), and loads them. */
    @Transactional
    public Prepared prepare(AllocationDtos.Request req, Scope scope) {
        LocalDate asOf = req.asOf() == null ? clock.today() : req.asOf();
        List<PriorityRule> rules = rules(req.priorityRules());
        Instance instance = new Instance(participants(req.participantIds(), scope.unit()), placements(req.placementIds(), asOf));
        return new Prepared(instance, rules, Boolean.TRUE.equals(req.genderBalance()), asOf);
    }

    /** Whether a batch is small enough to answer at once (well under a second). */
    public boolean synchronous(Prepared prepared) {
        return prepared.instance().candidates() <= config.synchronousPairs();
    }

    /** The allocation of a prepared batch, and with {@code propose} a proposal for each assignment (all or none). */
    @Transactional
    public AllocationDtos.Result allocate(Prepared p, boolean propose) {
        AllocationDtos.Result result = compute(p, x -> {
        });
        return propose ? propose(result) : result;
    }

    /** The allocation of a prepared batch, without writing anything (a background job's work). */
    public static AllocationDtos.Result compute(Prepared p, DoubleConsumer progress) {
        try {
            return allocate(p.instance(), p.rules(), p.genderBalance(), p.asOf(), progress);
        } catch (Objective.TooLargeException e) {
            throw ProblemException.invalid("priorityRules", "för många regler för så stor fördelning / too many rules for an allocation this large");
        }
    }

    /** Proposes every assignment of a result (match.proposed each) as the caller; joins the caller's transaction. */
    @Transactional
    public AllocationDtos.Result propose(AllocationDtos.Result result) {
        List<Assignment> proposed = new ArrayList<>();
        for (Assignment a : result.assignments()) {
            UUID matchId = matches.propose(new MatchDtos.Proposal(a.placementId(), a.participantId())).id();
            proposed.add(new Assignment(a.participantId(), a.placementId(), a.placementTitle(), a.kind(), a.score(),
                    a.components(), a.priorities(), matchId));
        }
        return new AllocationDtos.Result(result.participantsConsidered(), result.placementsConsidered(),
                result.seatsOffered(), result.totalScore(), result.prioritised(), result.genderBalance(), proposed, result.unassigned());
    }

    /** The allocation itself, without database or caller (also used by the benchmark). */
    public static AllocationDtos.Result allocate(Instance in, List<PriorityRule> rules, boolean balance, LocalDate asOf) {
        return allocate(in, rules, balance, asOf, x -> {
        });
    }

    /**
     * @param progress receives the share done, 0 to 1: the eligible pairs are a third of the work, the
     *                 optimisation and its proof the rest
     */
    public static AllocationDtos.Result allocate(Instance in, List<PriorityRule> rules, boolean balance, LocalDate asOf,
            DoubleConsumer progress) {
        List<ParticipantProfile> ps = in.participants();
        List<Placement> pls = in.placements();
        AllocationProblem problem = problem(in, rules, balance, asOf, f -> progress.accept(f / 3));
        List<PlacementFacts> plf = pls.stream().map(PlacementFacts::of).toList();
        FlowAllocator.Result r = FlowAllocator.solve(problem, f -> progress.accept(1.0 / 3 + f * 2 / 3));

        List<Assignment> assignments = new ArrayList<>();
        List<Unassigned> unassigned = new ArrayList<>();
        long total = 0;
        for (int i = 0; i < ps.size(); i++) {
            ParticipantProfile p = ps.get(i);
            int j = r.assigned()[i];
            int eligible = problem.placementsOf(i).length;
            if (j < 0) {
                unassigned.add(eligible == 0
                        ? new Unassigned(p.participantId, 0, "Ingen plats uppfyller kraven", "No placement meets the requirements")
                        : new Unassigned(p.participantId, eligible,
                                "Platserna som passar gick till deltagare med högre prioritet eller poäng",
                                "The placements that fit went to participants with higher priority or score"));
                continue;
            }
            Placement pl = pls.get(j);
            Scoring.Evaluation ev = Scoring.evaluate(ParticipantFacts.of(p), plf.get(j), Scoring.Preferences.NONE, asOf);
            List<Reason> priorities = rules.stream().filter(rule -> rule.favours(p, pl, asOf))
                    .map(rule -> new Reason(rule.code, rule.reasonSv, rule.reasonEn)).toList();
            assignments.add(new Assignment(p.participantId, pl.id, pl.title, pl.kind, ev.score(), ev.components(), priorities, null));
            total += ev.score();
        }
        Map<String, Long> prioritised = new LinkedHashMap<>();
        for (int k = 0; k < rules.size(); k++) {
            prioritised.put(rules.get(k).code, r.priorityCounts()[k]);
        }
        long seats = 0;
        for (int j = 0; j < problem.placementCount(); j++) {
            seats += problem.capacity(j);
        }
        return new AllocationDtos.Result(ps.size(), pls.size(), seats, total, prioritised, balance, assignments, unassigned);
    }

    /**
     * The eligible pairs with their scores and the rules that favour them, one row per participant in
     * primitive arrays (millions of pairs in a small heap).
     */
    public static AllocationProblem problem(Instance in, List<PriorityRule> rules, boolean balance, LocalDate asOf, DoubleConsumer progress) {
        List<ParticipantProfile> ps = in.participants();
        List<Placement> pls = in.placements();
        int[] capacities = new int[pls.size()];
        for (int j = 0; j < pls.size(); j++) {
            capacities[j] = Math.max(0, pls.get(j).freeSeats());
        }
        AllocationProblem.Builder builder = new AllocationProblem.Builder(ps.size(), capacities, rules.size(), balance);
        int[] rowPlacements = new int[pls.size()];
        int[] rowValues = new int[pls.size()];
        boolean[] favoured = new boolean[rules.size()];
        // scoring reads precomputed facts: computed once per participant and placement, not per pair
        List<PlacementFacts> plf = pls.stream().map(PlacementFacts::of).toList();
        for (int i = 0; i < ps.size(); i++) {
            ParticipantProfile p = ps.get(i);
            ParticipantFacts pf = ParticipantFacts.of(p);
            builder.gender(i, AllocationProblem.gender(p.gender));
            int length = 0;
            for (int j = 0; j < pls.size(); j++) {
                int score = Scoring.quickScore(pf, plf.get(j), Scoring.Preferences.NONE, asOf);
                if (score < 0) {
                    continue;
                }
                for (int k = 0; k < favoured.length; k++) {
                    favoured[k] = rules.get(k).favours(p, pls.get(j), asOf);
                }
                rowPlacements[length] = j;
                // one point for a seat at all, so that a seat filled beats a seat left empty
                rowValues[length++] = AllocationProblem.value(score + 1, favoured);
            }
            builder.row(i, rowPlacements, rowValues, length);
            if ((i & 127) == 0) {
                progress.accept((double) i / ps.size());
            }
        }
        return builder.build();
    }

    private static List<PriorityRule> rules(List<String> codes) {
        List<PriorityRule> rules = new ArrayList<>();
        for (String code : codes == null ? List.<String>of() : codes) {
            PriorityRule rule = PriorityRule.of(code).orElseThrow(() -> ProblemException.invalid("priorityRules",
                    "okänd regel / unknown rule: " + code));
            if (rules.contains(rule)) {
                throw ProblemException.invalid("priorityRules", "regeln finns två gånger / rule given twice: " + code);
            }
            rules.add(rule);
        }
        return rules;
    }

    private static List<ParticipantProfile> participants(List<UUID> ids, String unit) {
        List<ParticipantProfile> list;
        if (ids == null || ids.isEmpty()) {
            list = unit != null ? ParticipantProfile.list("status = ?1 and unit = ?2", ParticipantStatus.ACTIVE, unit)
                    : ParticipantProfile.list("status", ParticipantStatus.ACTIVE);
        } else {
            list = byIds(ParticipantProfile.class, "participantId", ids);
            if (list.size() < ids.stream().distinct().count() || list.stream().anyMatch(p -> unit != null && !unit.equals(p.unit))) {
                throw ProblemException.notFound("participant");
            }
        }
        list = new ArrayList<>(list);
        list.sort(Comparator.comparing(p -> p.participantId));
        return list;
    }

    /** Loads rows by id in a few queries (chunks), not one query per id. */
    private static <T> List<T> byIds(Class<T> type, String idField, List<UUID> ids) {
        List<UUID> distinct = ids.stream().distinct().toList();
        List<T> found = new ArrayList<>();
        for (int from = 0; from < distinct.size(); from += 2000) {
            List<UUID> chunk = distinct.subList(from, Math.min(distinct.size(), from + 2000));
            found.addAll(Panache.getEntityManager().createQuery("from " + type.getSimpleName() + " where " + idField + " in :ids", type)
                    .setParameter("ids", chunk).getResultList());
        }
        return found;
    }

    private static List<Placement> placements(List<UUID> ids, LocalDate asOf) {
        List<Placement> list;
        if (ids == null || ids.isEmpty()) {
            list = Placement.list("status = ?1 and seatsFilled < seats and periodEnd >= ?2", PlacementStatus.OPEN, asOf);
        } else {
            list = byIds(Placement.class, "id", ids);
            if (list.size() < ids.stream().distinct().count()) {
                throw ProblemException.notFound("placement");
            }
        }
        list = new ArrayList<>(list);
        list.sort(Comparator.comparing(p -> p.id));
        return list;
    }
}
