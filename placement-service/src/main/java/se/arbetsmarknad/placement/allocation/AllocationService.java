package se.arbetsmarknad.placement.allocation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import se.arbetsmarknad.placement.allocation.AllocationDtos.Assignment;
import se.arbetsmarknad.placement.allocation.AllocationDtos.Reason;
import se.arbetsmarknad.placement.allocation.AllocationDtos.Unassigned;
import se.arbetsmarknad.placement.common.Access;
import se.arbetsmarknad.placement.match.MatchDtos;
import se.arbetsmarknad.placement.match.MatchService;
import se.arbetsmarknad.placement.matching.ParticipantProfile;
import se.arbetsmarknad.placement.matching.Scoring;
import se.arbetsmarknad.placement.placement.Placement;
import se.arbetsmarknad.platform.problem.ProblemException;

/**
 * Batch allocation (fördelning av platser): which participants get which of the scarce seats, optimal
 * for the priority rules and the matching score, and explained per participant.
 */
@ApplicationScoped
public class AllocationService {

    @Inject
    Access access;
    @Inject
    MatchService matches;

    /** The input as loaded, sorted by id so that equal input gives an equal allocation. */
    public record Instance(List<ParticipantProfile> participants, List<Placement> placements) {
    }

    @Transactional
    public AllocationDtos.Result allocate(AllocationDtos.Request req) {
        LocalDate asOf = req.asOf() == null ? LocalDate.now() : req.asOf();
        List<PriorityRule> rules = rules(req.priorityRules());
        Instance instance = new Instance(participants(req.participantIds()), placements(req.placementIds(), asOf));
        boolean balance = Boolean.TRUE.equals(req.genderBalance());
        AllocationDtos.Result result;
        try {
            result = allocate(instance, rules, balance, asOf);
        } catch (FlowAllocator.TooLargeException e) {
            throw ProblemException.invalid("priorityRules", "för många regler för så stor fördelning / too many rules for an allocation this large");
        }
        if (Boolean.TRUE.equals(req.propose())) {
            List<Assignment> proposed = new ArrayList<>();
            for (Assignment a : result.assignments()) {
                UUID matchId = matches.propose(new MatchDtos.Proposal(a.placementId(), a.participantId())).id();
                proposed.add(new Assignment(a.participantId(), a.placementId(), a.placementTitle(), a.kind(), a.score(),
                        a.components(), a.priorities(), matchId));
            }
            result = new AllocationDtos.Result(result.participantsConsidered(), result.placementsConsidered(),
                    result.seatsOffered(), result.totalScore(), result.prioritised(), balance, proposed, result.unassigned());
        }
        return result;
    }

    /** The allocation itself, without database or caller (also used by the benchmark). */
    public static AllocationDtos.Result allocate(Instance in, List<PriorityRule> rules, boolean balance, LocalDate asOf) {
        List<ParticipantProfile> ps = in.participants();
        List<Placement> pls = in.placements();
        String[] genders = new String[ps.size()];
        int[] capacities = new int[pls.size()];
        for (int j = 0; j < pls.size(); j++) {
            capacities[j] = Math.max(0, pls.get(j).freeSeats());
        }
        List<FlowAllocator.Edge> edges = new ArrayList<>();
        int[] eligibleCount = new int[ps.size()];
        for (int i = 0; i < ps.size(); i++) {
            ParticipantProfile p = ps.get(i);
            genders[i] = p.gender;
            for (int j = 0; j < pls.size(); j++) {
                int score = Scoring.quickScore(p, pls.get(j), Scoring.Preferences.NONE, asOf);
                if (score < 0) {
                    continue;
                }
                boolean[] favoured = new boolean[rules.size()];
                for (int k = 0; k < rules.size(); k++) {
                    favoured[k] = rules.get(k).favours(p, pls.get(j), asOf);
                }
                // one point for a seat at all, so that a seat filled beats a seat left empty
                edges.add(new FlowAllocator.Edge(i, j, score + 1, favoured));
                eligibleCount[i]++;
            }
        }
        FlowAllocator.Result r = FlowAllocator.solve(new FlowAllocator.Problem(genders, capacities, edges, rules.size(), balance));

        List<Assignment> assignments = new ArrayList<>();
        List<Unassigned> unassigned = new ArrayList<>();
        long total = 0;
        for (int i = 0; i < ps.size(); i++) {
            ParticipantProfile p = ps.get(i);
            int j = r.assigned()[i];
            if (j < 0) {
                unassigned.add(eligibleCount[i] == 0
                        ? new Unassigned(p.participantId, 0, "Ingen plats uppfyller kraven", "No placement meets the requirements")
                        : new Unassigned(p.participantId, eligibleCount[i],
                                "Platserna som passar gick till deltagare med högre prioritet eller poäng",
                                "The placements that fit went to participants with higher priority or score"));
                continue;
            }
            Placement pl = pls.get(j);
            Scoring.Evaluation ev = Scoring.evaluate(p, pl, Scoring.Preferences.NONE, asOf);
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
        for (int c : capacities) {
            seats += c;
        }
        return new AllocationDtos.Result(ps.size(), pls.size(), seats, total, prioritised, balance, assignments, unassigned);
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

    private List<ParticipantProfile> participants(List<UUID> ids) {
        boolean unitOnly = access.isCaseOfficerOnly();
        List<ParticipantProfile> list;
        if (ids == null || ids.isEmpty()) {
            list = unitOnly ? ParticipantProfile.list("status = 'active' and unit = ?1", access.user().requireUnit())
                    : ParticipantProfile.list("status = 'active'");
        } else {
            list = new ArrayList<>();
            for (UUID id : ids.stream().distinct().toList()) {
                ParticipantProfile p = ParticipantProfile.findById(id);
                if (p == null || (unitOnly && !p.unit.equals(access.user().requireUnit()))) {
                    throw ProblemException.notFound("participant");
                }
                list.add(p);
            }
        }
        list.sort(Comparator.comparing(p -> p.participantId));
        return list;
    }

    private static List<Placement> placements(List<UUID> ids, LocalDate asOf) {
        List<Placement> list;
        if (ids == null || ids.isEmpty()) {
            list = Placement.list("status = 'open' and seatsFilled < seats and periodEnd >= ?1", asOf);
        } else {
            list = new ArrayList<>();
            for (UUID id : ids.stream().distinct().toList()) {
                Placement p = Placement.findById(id);
                if (p == null) {
                    throw ProblemException.notFound("placement");
                }
                list.add(p);
            }
        }
        list.sort(Comparator.comparing(p -> p.id));
        return list;
    }
}
