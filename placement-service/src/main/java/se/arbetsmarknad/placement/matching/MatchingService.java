package se.arbetsmarknad.placement.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.arbetsmarknad.placement.common.SwedishLevel;
import se.arbetsmarknad.placement.placement.Placement;
import se.arbetsmarknad.placement.placement.PlacementKind;
import se.arbetsmarknad.placement.placement.PlacementStatus;
import se.arbetsmarknad.platform.problem.ProblemException;
import se.arbetsmarknad.platform.security.AccessScope;
import se.arbetsmarknad.platform.security.UnitScope;

/**
 * Ranked, explained lists: open placements for a participant, and candidates for a placement. Both read
 * the {@link MatchingIndex} (no row per pair) and explain only the pairs they return.
 */
@ApplicationScoped
public class MatchingService {

    @Inject
    AccessScope scope;
    @Inject
    MatchingIndex index;

    public record RankedPlacement(UUID placementId, UUID organisationId, String organisationName, String title, PlacementKind kind,
            String ssyk, String municipality, String place, int freeSeats, LocalDate periodStart, LocalDate periodEnd,
            @Schema(example = "80") int score, boolean eligible, List<Scoring.Component> components, List<Scoring.Component> unmet) {
    }

    public record RankedCandidate(UUID participantId, String unit, String gender, String ageBand,
            @Schema(example = "sfi-3") SwedishLevel swedishLevel,
            boolean drivingLicence, List<String> occupationInterests, int score, boolean eligible,
            List<Scoring.Component> components, List<Scoring.Component> unmet) {
    }

    /** Open placements ranked for one participant; with {@code includeExcluded} also those a hard filter excludes, with why. */
    public List<RankedPlacement> placementsFor(UUID participantId, Set<PlacementKind> kinds, String place, LocalDate asOf,
            boolean includeExcluded, int limit) {
        ParticipantFacts p = participant(participantId);
        Scoring.Preferences prefs = new Scoring.Preferences(kinds, place);
        return rank(p, index.openPlacementsByStart(), prefs, asOf, includeExcluded, limit).stream().map(s -> {
            PlacementFacts pl = s.item();
            Scoring.Evaluation ev = Scoring.evaluate(p, pl, prefs, asOf);
            return new RankedPlacement(pl.id, pl.organisationId, index.organisationName(pl.organisationId), pl.title, pl.kind,
                    pl.ssyk, pl.municipality, pl.place, pl.freeSeats(), pl.periodStart, pl.periodEnd, ev.score(), ev.eligible(),
                    ev.components(), ev.unmet());
        }).toList();
    }

    /**
     * The best {@code limit} of the open placements whose period has not ended, for one participant: by
     * score, then start, then id. The ranking itself, without access or explanations (the benchmark runs it).
     *
     * <p>{@code openByStart} comes in the tie order already ({@link PlacementPool#openByStart}), so one pass
     * decides: the first {@code limit} placements of each score are that score's best, later ones are never
     * needed, and nothing is sorted. The pass ends early once {@code limit} placements have the highest score
     * this participant can reach.
     */
    public static List<Scored<PlacementFacts>> rank(ParticipantFacts p, PlacementFacts[] openByStart,
            Scoring.Preferences prefs, LocalDate asOf, boolean includeExcluded, int limit) {
        int best = Scoring.OCCUPATION_MAX + (prefs.kinds().isEmpty() ? 0 : Scoring.KIND_POINTS)
                + (prefs.place() == null ? 0 : Scoring.PLACE_POINTS);
        PlacementFacts[][] byScore = new PlacementFacts[best + 2][]; // EXCLUDED .. best
        int[] counts = new int[best + 2];
        for (PlacementFacts pl : openByStart) {
            if (pl.periodEnd.isBefore(asOf)) {
                continue;
            }
            int s = Scoring.quickScore(p, pl, prefs, asOf);
            if (s == Scoring.EXCLUDED && !includeExcluded) {
                continue;
            }
            int b = s + 1;
            if (counts[b] == limit) {
                continue;
            }
            if (byScore[b] == null) {
                byScore[b] = new PlacementFacts[Math.min(limit, openByStart.length)];
            }
            byScore[b][counts[b]++] = pl;
            if (b == best + 1 && counts[b] == limit) {
                break; // nothing later can rank higher
            }
        }
        List<Scored<PlacementFacts>> result = new ArrayList<>(Math.min(limit, openByStart.length));
        for (int b = best + 1; b >= 0 && result.size() < limit; b--) {
            for (int i = 0; i < counts[b] && result.size() < limit; i++) {
                result.add(new Scored<>(byScore[b][i], b - 1));
            }
        }
        return result;
    }

    /** Active participants ranked for one placement; a case officer sees candidates of their own unit. */
    public List<RankedCandidate> candidatesFor(UUID placementId, LocalDate asOf, boolean includeExcluded, int limit) {
        PlacementFacts pl = placement(placementId);
        UnitScope units = scope.participants();
        List<Scored<ParticipantFacts>> top;
        if (includeExcluded) {
            List<ParticipantFacts> pool = new ArrayList<>();
            for (ParticipantFacts p : index.participants()) {
                if (units.includes(p.unit)) {
                    pool.add(p);
                }
            }
            top = top(pool, p -> Scoring.quickScore(p, pl, Scoring.Preferences.NONE, asOf), true, limit, BY_PARTICIPANT);
        } else {
            top = candidates(index.participantPool(), pl, units, asOf, limit);
        }
        return top.stream().map(s -> {
            ParticipantFacts p = s.item();
            Scoring.Evaluation ev = Scoring.evaluate(p, pl, Scoring.Preferences.NONE, asOf);
            return new RankedCandidate(p.participantId, p.unit, p.gender, p.ageBand, p.swedishLevel, p.drivingLicence,
                    p.interests, ev.score(), ev.eligible(), ev.components(), ev.unmet());
        }).toList();
    }

    private static final Comparator<ParticipantFacts> BY_PARTICIPANT = Comparator.comparing(p -> p.participantId);

    /**
     * The best {@code limit} eligible participants in {@code units} for a placement, by score then id: the
     * same list as {@link #top} over every participant, without scoring every participant. A candidate's score
     * is its occupation points alone (no kind or place wishes), and each level is found from the placement's
     * SSYK code: 50 an interest the code starts with (the code's own prefixes), 30 / 15 / 5 an interest that
     * shares its first 3 / 2 / 1 digits (a range of the sorted interests), 0 everyone. Levels are taken best
     * first until {@code limit} are found, so usually only the few hundred who share an occupation are scored.
     */
    static List<Scored<ParticipantFacts>> candidates(ParticipantPool pool, PlacementFacts pl, UnitScope units, LocalDate asOf,
            int limit) {
        String code = pl.ssyk;
        List<Scored<ParticipantFacts>> result = new ArrayList<>(limit);
        int[] levels = {Scoring.OCCUPATION_MAX, 30, 15, 5, 0};
        int[] sharedDigits = {0, 3, 2, 1, 0};
        for (int l = 0; l < levels.length && result.size() < limit; l++) {
            int level = levels[l];
            Stream<ParticipantFacts> found;
            if (l == 0) {
                Stream.Builder<String> prefixes = Stream.builder();
                for (int n = 1; n <= code.length(); n++) {
                    prefixes.add(code.substring(0, n));
                }
                found = prefixes.build().flatMap(prefix -> pool.withInterest(prefix).stream());
            } else if (level == 0) {
                found = pool.all().stream();
            } else if (sharedDigits[l] < code.length()) {
                found = pool.withInterestStartingWith(code.substring(0, sharedDigits[l]));
            } else {
                continue; // a code this short has no such level
            }
            Set<UUID> seen = new HashSet<>();
            List<ParticipantFacts> bucket = found
                    .filter(p -> units.includes(p.unit) && Scoring.quickScore(p, pl, Scoring.Preferences.NONE, asOf) == level)
                    .filter(p -> seen.add(p.participantId))
                    .collect(Collectors.toCollection(ArrayList::new));
            for (ParticipantFacts p : smallest(bucket, limit - result.size(), BY_PARTICIPANT)) {
                result.add(new Scored<>(p, level));
            }
        }
        return result;
    }

    /** The participant if the caller may act for them: the index, or the projection for one not active (or just written). */
    private ParticipantFacts participant(UUID id) {
        ParticipantFacts p = index.participant(id).orElseGet(() -> {
            ParticipantProfile row = ParticipantProfile.findById(id);
            return row == null ? null : ParticipantFacts.of(row);
        });
        if (p == null || !scope.participants().includes(p.unit)) {
            throw ProblemException.notFound("participant");
        }
        return p;
    }

    private PlacementFacts placement(UUID id) {
        return index.placement(id).orElseGet(() -> {
            Placement row = Placement.findById(id);
            if (row == null) {
                throw ProblemException.notFound("placement");
            }
            return PlacementFacts.of(row);
        });
    }

    public record Scored<T>(T item, int score) {
    }

    /**
     * The best {@code limit} items by score (descending), ties in {@code order}; excluded items
     * ({@link Scoring#EXCLUDED}) last and only with {@code includeExcluded}. Scores are small integers,
     * so items are bucketed by score and only the buckets needed are sorted: no sort of the whole pool.
     */
    static <T> List<Scored<T>> top(Collection<T> pool, ToIntFunction<T> score, boolean includeExcluded, int limit,
            Comparator<T> order) {
        int buckets = Scoring.OCCUPATION_MAX + Scoring.KIND_POINTS + Scoring.PLACE_POINTS + 2; // EXCLUDED .. max
        @SuppressWarnings("unchecked")
        List<T>[] byScore = new List[buckets];
        for (T item : pool) {
            int s = score.applyAsInt(item);
            if (s == Scoring.EXCLUDED && !includeExcluded) {
                continue;
            }
            int b = s + 1;
            if (byScore[b] == null) {
                byScore[b] = new ArrayList<>();
            }
            byScore[b].add(item);
        }
        List<Scored<T>> result = new ArrayList<>(Math.min(limit, pool.size()));
        for (int b = buckets - 1; b >= 0 && result.size() < limit; b--) {
            if (byScore[b] == null) {
                continue;
            }
            for (T item : smallest(byScore[b], limit - result.size(), order)) {
                result.add(new Scored<>(item, b - 1));
            }
        }
        return result;
    }

    /** The {@code k} first items of {@code items} in {@code order}, sorted; O(n log k). */
    static <T> List<T> smallest(List<T> items, int k, Comparator<T> order) {
        if (items.size() <= k) {
            items.sort(order);
            return items;
        }
        java.util.PriorityQueue<T> worstFirst = new java.util.PriorityQueue<>(k + 1, order.reversed());
        for (T item : items) {
            worstFirst.add(item);
            if (worstFirst.size() > k) {
                worstFirst.poll();
            }
        }
        List<T> kept = new ArrayList<>(worstFirst);
        kept.sort(order);
        return kept;
    }
}
