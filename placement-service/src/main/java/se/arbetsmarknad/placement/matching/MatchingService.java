package se.arbetsmarknad.placement.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.arbetsmarknad.placement.common.Access;
import se.arbetsmarknad.placement.common.Kinds;
import se.arbetsmarknad.placement.organisation.Organisation;
import se.arbetsmarknad.placement.placement.Placement;
import se.arbetsmarknad.platform.problem.ProblemException;

/** Ranked, explained lists: open placements for a participant, and candidates for a placement. */
@ApplicationScoped
public class MatchingService {

    @Inject
    Access access;

    public record RankedPlacement(UUID placementId, UUID organisationId, String organisationName, String title, String kind,
            String ssyk, String municipality, String place, int freeSeats, LocalDate periodStart, LocalDate periodEnd,
            @Schema(example = "80") int score, boolean eligible, List<Scoring.Component> components, List<Scoring.Component> unmet) {
    }

    public record RankedCandidate(UUID participantId, String unit, String gender, String ageBand, String swedishLevel,
            boolean drivingLicence, List<String> occupationInterests, int score, boolean eligible,
            List<Scoring.Component> components, List<Scoring.Component> unmet) {
    }

    /** Open placements ranked for one participant; with {@code includeExcluded} also the ones a hard filter excludes, with why. */
    public List<RankedPlacement> placementsFor(UUID participantId, Set<String> kinds, String place, LocalDate asOf,
            boolean includeExcluded, int limit) {
        ParticipantProfile p = ParticipantProfile.findById(participantId);
        if (p == null || !access.mayActForUnit(p.unit)) {
            throw ProblemException.notFound("participant");
        }
        for (String k : kinds) {
            if (!Kinds.ALL.contains(k)) {
                throw ProblemException.invalid("kinds", "okänd insatsform / unknown kind: " + k);
            }
        }
        Scoring.Preferences prefs = new Scoring.Preferences(kinds, place);
        List<Placement> open = Placement.list("status = 'open' and periodEnd >= ?1", asOf);
        record Scored(Placement pl, int score) {
        }
        List<Scored> scored = new ArrayList<>();
        for (Placement pl : open) {
            int s = Scoring.quickScore(p, pl, prefs, asOf);
            if (s >= 0 || includeExcluded) {
                scored.add(new Scored(pl, s));
            }
        }
        scored.sort(Comparator.comparingInt((Scored s) -> -s.score()).thenComparing(s -> s.pl().periodStart)
                .thenComparing(s -> s.pl().id));
        Map<UUID, Organisation> orgs = new HashMap<>();
        return scored.stream().limit(limit).map(s -> {
            Scoring.Evaluation ev = Scoring.evaluate(p, s.pl(), prefs, asOf);
            Organisation org = orgs.computeIfAbsent(s.pl().organisationId, id -> Organisation.<Organisation>findById(id));
            Placement pl = s.pl();
            return new RankedPlacement(pl.id, pl.organisationId, org.name, pl.title, pl.kind, pl.ssyk, pl.municipality, pl.place,
                    pl.freeSeats(), pl.periodStart, pl.periodEnd, ev.score(), ev.eligible(), ev.components(), ev.unmet());
        }).toList();
    }

    /** Active participants ranked for one placement; a case officer sees candidates of their own unit. */
    public List<RankedCandidate> candidatesFor(UUID placementId, LocalDate asOf, boolean includeExcluded, int limit) {
        Placement pl = Placement.findById(placementId);
        if (pl == null) {
            throw ProblemException.notFound("placement");
        }
        List<ParticipantProfile> pool = access.isCaseOfficerOnly()
                ? ParticipantProfile.list("status = 'active' and unit = ?1", access.user().requireUnit())
                : ParticipantProfile.list("status = 'active'");
        record Scored(ParticipantProfile p, int score) {
        }
        List<Scored> scored = new ArrayList<>();
        for (ParticipantProfile p : pool) {
            int s = Scoring.quickScore(p, pl, Scoring.Preferences.NONE, asOf);
            if (s >= 0 || includeExcluded) {
                scored.add(new Scored(p, s));
            }
        }
        scored.sort(Comparator.comparingInt((Scored s) -> -s.score()).thenComparing(s -> s.p().participantId));
        return scored.stream().limit(limit).map(s -> {
            ParticipantProfile p = s.p();
            Scoring.Evaluation ev = Scoring.evaluate(p, pl, Scoring.Preferences.NONE, asOf);
            return new RankedCandidate(p.participantId, p.unit, p.gender, p.ageBand, p.swedishLevel, p.drivingLicence,
                    p.interests(), ev.score(), ev.eligible(), ev.components(), ev.unmet());
        }).toList();
    }


}
