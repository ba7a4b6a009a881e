package se.arbetsmarknad.placement.match;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import se.arbetsmarknad.placement.common.Access;
import se.arbetsmarknad.placement.match.MatchDtos.MatchView;
import se.arbetsmarknad.placement.matching.ParticipantChanges;
import se.arbetsmarknad.placement.matching.ParticipantProfile;
import se.arbetsmarknad.placement.matching.Scoring;
import se.arbetsmarknad.placement.organisation.Organisation;
import se.arbetsmarknad.placement.placement.Placement;
import se.arbetsmarknad.placement.placement.PlacementEvents;
import se.arbetsmarknad.platform.problem.ProblemException;

/**
 * The proposal lifecycle. Seats are counted on the placement row, which every seat-changing command
 * locks (SELECT … FOR UPDATE) before it reads the count: concurrent accepts queue on the lock, so a
 * placement is never overbooked; the table's check constraint (seats_filled ≤ seats) is the last guard.
 */
@ApplicationScoped
public class MatchService {

    static final Set<String> DECLINE_REASONS = Set.of("krav-ej-uppfyllt", "platsen-tillsatt", "deltagaren-tackar-nej", "passar-inte", "annat");
    static final Set<String> END_REASONS = Set.of("fullfoljd", "avbruten", "anstalld", "annat");

    @Inject
    EntityManager em;
    @Inject
    Access access;
    @Inject
    MatchEvents events;
    @Inject
    PlacementEvents placementEvents;

    @Transactional
    public MatchView propose(MatchDtos.Proposal req) {
        ParticipantProfile profile = ParticipantProfile.findById(req.participantId());
        if (profile == null || !access.mayActForUnit(profile.unit)) {
            throw ProblemException.notFound("participant");
        }
        if (!"active".equals(profile.status)) {
            throw ProblemException.conflict("participantId", "deltagaren är inte aktiv / the participant is not active");
        }
        Placement p = Placement.findById(req.placementId());
        if (p == null) {
            throw ProblemException.notFound("placement");
        }
        if (!"open".equals(p.status)) {
            throw ProblemException.conflict("placementId", "platsen är inte öppen (" + p.status + ") / the placement is not open");
        }
        long live = Match.count("placementId = ?1 and participantId = ?2 and status in ('proposed', 'accepted', 'started')",
                p.id, profile.participantId);
        if (live > 0) {
            throw ProblemException.conflict("participantId", "redan föreslagen till platsen / already proposed for this placement");
        }
        LocalDate today = LocalDate.now();
        Match m = new Match();
        m.id = UUID.randomUUID();
        m.placementId = p.id;
        m.participantId = profile.participantId;
        m.unit = profile.unit;
        m.status = "proposed";
        m.score = Scoring.evaluate(profile, p, Scoring.Preferences.NONE, today).score();
        m.proposedBy = access.user().username();
        m.proposedOn = today;
        m.createdAt = OffsetDateTime.now();
        m.persist();
        em.flush();
        events.publish("match.proposed", m, p, today);
        return view(m, p);
    }

    /** Takes a seat. 409 when the placement is full: the row lock makes the check and the increment atomic. */
    @Transactional
    public MatchView accept(UUID id) {
        Match m = visible(id);
        Placement p = locked(m.placementId);
        em.refresh(m); // read the match again under the placement's lock
        requireStatus(m, "proposed");
        if (!"open".equals(p.status) && !"filled".equals(p.status)) {
            throw ProblemException.conflict("placementId", "platsen är inte öppen (" + p.status + ") / the placement is not open");
        }
        if (p.seatsFilled >= p.seats) {
            throw ProblemException.conflict("seats", "alla " + p.seats + " platser är tillsatta / all seats are taken");
        }
        LocalDate today = LocalDate.now();
        p.seatsFilled++;
        p.settleStatus();
        p.updatedAt = OffsetDateTime.now();
        m.status = "accepted";
        m.decidedOn = today;
        m.startDate = p.periodStart.isAfter(today) ? p.periodStart : today;
        m.endDate = p.periodEnd;
        em.flush();
        events.publish("match.accepted", m, p, today);
        placementEvents.changed(p);
        return view(m, p);
    }

    @Transactional
    public MatchView decline(UUID id, MatchDtos.Decline req) {
        if (!DECLINE_REASONS.contains(req.reason())) {
            throw ProblemException.invalid("reason", "en av / one of " + DECLINE_REASONS);
        }
        Match m = visible(id);
        em.refresh(m, LockModeType.PESSIMISTIC_WRITE);
        requireStatus(m, "proposed");
        LocalDate today = LocalDate.now();
        m.status = "declined";
        m.decidedOn = today;
        m.declineReason = req.reason();
        em.flush();
        Placement p = Placement.findById(m.placementId);
        events.publish("match.declined", m, p, today);
        return view(m, p);
    }

    @Transactional
    public MatchView start(UUID id, MatchDtos.Start req) {
        Match m = visible(id);
        em.refresh(m, LockModeType.PESSIMISTIC_WRITE);
        requireStatus(m, "accepted");
        LocalDate on = req == null || req.on() == null ? LocalDate.now() : req.on();
        m.status = "started";
        m.startedOn = on;
        em.flush();
        Placement p = Placement.findById(m.placementId);
        events.publish("match.started", m, p, on);
        return view(m, p);
    }

    /** Ends a started (or accepted, never started) match and frees its seat. */
    @Transactional
    public MatchView end(UUID id, MatchDtos.End req) {
        if (req != null && req.reason() != null && !END_REASONS.contains(req.reason())) {
            throw ProblemException.invalid("reason", "en av / one of " + END_REASONS);
        }
        Match m = visible(id);
        Placement p = locked(m.placementId);
        em.refresh(m);
        if (!m.holdsSeat()) {
            throw ProblemException.conflict("status", "matchningen är " + m.status + " / the match is " + m.status);
        }
        LocalDate on = req == null || req.on() == null ? LocalDate.now() : req.on();
        if (m.startedOn != null && on.isBefore(m.startedOn)) {
            throw ProblemException.invalid("on", "slutdag före startdag / end before start");
        }
        free(m, p, on, req == null ? null : req.reason());
        return view(m, p);
    }

    /**
     * A participant who exits or is erased keeps no seat and no open proposal: matches holding a seat end
     * (match.ended), proposals are declined with the reason (match.declined). Runs in the consumer's
     * transaction; a match already finished is left as it is, so a redelivered or repeated event changes nothing.
     */
    void participantLeft(@Observes ParticipantChanges.Left left) {
        List<Match> live = Match.list("participantId = ?1 and status in ('proposed', 'accepted', 'started') order by placementId, id",
                left.participantId());
        for (Match m : live) {
            finishFor(m, left.on(), left.reason());
        }
    }

    /** The intervention that came from a match ended in participant-service: the match ends and frees its seat. */
    void interventionEnded(@Observes ParticipantChanges.InterventionEnded ended) {
        Match m = Match.findById(ended.matchId());
        if (m != null && m.participantId.equals(ended.participantId()) && m.holdsSeat()) {
            finishFor(m, ended.on(), ParticipantChanges.INTERVENTION_ENDED);
        }
    }

    /** Ends (seat held) or declines (proposed) a match for a reason from participant-service; otherwise nothing. */
    private void finishFor(Match m, LocalDate on, String reason) {
        Placement p = locked(m.placementId);
        em.refresh(m); // read again under the placement's lock
        if (m.holdsSeat()) {
            free(m, p, m.startedOn != null && on.isBefore(m.startedOn) ? m.startedOn : on, reason);
        } else if ("proposed".equals(m.status)) {
            m.status = "declined";
            m.decidedOn = on;
            m.declineReason = reason;
            em.flush();
            events.publish("match.declined", m, p, on);
        }
    }

    /** Ends a match that holds a seat, under the placement's row lock: the seat is free again. */
    private void free(Match m, Placement p, LocalDate on, String reason) {
        m.status = "ended";
        m.endedOn = on;
        m.endReason = reason;
        p.seatsFilled--;
        p.settleStatus();
        p.updatedAt = OffsetDateTime.now();
        em.flush();
        events.publish("match.ended", m, p, on);
        placementEvents.changed(p);
    }

    public MatchView get(UUID id) {
        Match m = visible(id);
        return view(m, Placement.findById(m.placementId));
    }

    public List<MatchView> list(UUID placementId, UUID participantId, String status) {
        StringBuilder q = new StringBuilder("select m from Match m, Placement p, Organisation o where p.id = m.placementId and o.id = p.organisationId");
        Map<String, Object> params = new HashMap<>();
        if (access.isProvider()) {
            q.append(" and o.code = :org");
            params.put("org", access.user().requireOrganisation());
        } else if (access.isCaseOfficerOnly()) {
            q.append(" and m.unit = :unit");
            params.put("unit", access.user().requireUnit());
        }
        if (placementId != null) {
            q.append(" and m.placementId = :placement");
            params.put("placement", placementId);
        }
        if (participantId != null) {
            q.append(" and m.participantId = :participant");
            params.put("participant", participantId);
        }
        if (status != null) {
            q.append(" and m.status = :status");
            params.put("status", status);
        }
        q.append(" order by m.proposedOn desc, m.id");
        var query = em.createQuery(q.toString(), Match.class);
        params.forEach(query::setParameter);
        return query.getResultList().stream().map(m -> view(m, Placement.findById(m.placementId))).toList();
    }

    /** The match if the caller may see it: its unit's case officers, the placement's provider, managers, admin. */
    private Match visible(UUID id) {
        Match m = Match.findById(id);
        if (m == null) {
            throw ProblemException.notFound("match");
        }
        if (access.isProvider()) {
            Placement p = Placement.findById(m.placementId);
            Organisation org = Organisation.findById(p.organisationId);
            access.requireVisible(org, "match");
        } else if (access.isCaseOfficerOnly() && !m.unit.equals(access.user().requireUnit())) {
            throw ProblemException.notFound("match");
        }
        return m;
    }

    /**
     * The placement row locked (SELECT … FOR UPDATE) and read again: it may already be in the persistence
     * context from the access check, and a lock on a stale copy would not see a seat taken meanwhile.
     */
    private Placement locked(UUID placementId) {
        Placement p = Placement.findById(placementId);
        em.refresh(p, LockModeType.PESSIMISTIC_WRITE);
        return p;
    }



    private static void requireStatus(Match m, String expected) {
        if (!expected.equals(m.status)) {
            throw ProblemException.conflict("status", "matchningen är " + m.status + ", inte " + expected
                    + " / the match is " + m.status + ", not " + expected);
        }
    }

    MatchView view(Match m, Placement p) {
        List<Scoring.Component> explanation = List.of();
        ParticipantProfile profile = ParticipantProfile.findById(m.participantId);
        if (profile != null) {
            explanation = Scoring.evaluate(profile, p, Scoring.Preferences.NONE, LocalDate.now()).components();
        }
        return new MatchView(m.id, m.placementId, p.organisationId, p.title, p.kind, m.participantId, m.unit, m.status,
                m.score, explanation, m.proposedBy, m.proposedOn, m.decidedOn, m.declineReason, m.startDate, m.endDate,
                m.startedOn, m.endedOn, m.endReason, m.version);
    }
}
