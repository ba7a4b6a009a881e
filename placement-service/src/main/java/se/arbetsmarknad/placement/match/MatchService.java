package se.arbetsmarknad.placement.match;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.hibernate.exception.ConstraintViolationException;

import se.arbetsmarknad.placement.common.Coded;
import se.arbetsmarknad.placement.match.MatchDtos.MatchView;
import se.arbetsmarknad.placement.matching.ParticipantChanges;
import se.arbetsmarknad.placement.matching.ParticipantFacts;
import se.arbetsmarknad.placement.matching.ParticipantProfile;
import se.arbetsmarknad.placement.matching.ParticipantStatus;
import se.arbetsmarknad.placement.matching.PlacementFacts;
import se.arbetsmarknad.placement.matching.Scoring;
import se.arbetsmarknad.placement.organisation.OrganisationScope;
import se.arbetsmarknad.placement.placement.Placement;
import se.arbetsmarknad.placement.placement.PlacementEvents;
import se.arbetsmarknad.placement.placement.PlacementStatus;
import se.arbetsmarknad.platform.events.EventTypes;
import se.arbetsmarknad.platform.http.Page;
import se.arbetsmarknad.platform.http.PageRequest;
import se.arbetsmarknad.platform.problem.ProblemException;
import se.arbetsmarknad.platform.security.AccessScope;
import se.arbetsmarknad.platform.security.CurrentUser;
import se.arbetsmarknad.platform.security.UnitScope;
import se.arbetsmarknad.platform.time.SuiteClock;

/**
 * The proposal lifecycle. Seats are counted on the placement row, which every seat-changing command
 * locks (SELECT … FOR UPDATE) before it reads the count: concurrent accepts of one placement queue on
 * its row and nothing else, so a placement is never overbooked; the table's check constraint
 * (seats_filled ≤ seats) is the last guard. One live proposal per participant and placement is the
 * unique index's job, not a query's.
 */
@ApplicationScoped
public class MatchService {

    @Inject
    SuiteClock clock;
    @Inject
    EntityManager em;
    @Inject
    AccessScope scope;
    @Inject
    OrganisationScope organisations;
    @Inject
    CurrentUser user;
    @Inject
    MatchEvents events;
    @Inject
    PlacementEvents placementEvents;

    @Transactional
    public MatchView propose(MatchDtos.Proposal req) {
        ParticipantProfile profile = ParticipantProfile.findById(req.participantId());
        if (profile == null || !scope.participants().includes(profile.unit)) {
            throw ProblemException.notFound("participant");
        }
        if (profile.status != ParticipantStatus.ACTIVE) {
            throw ProblemException.conflict("participantId", "deltagaren är inte aktiv / the participant is not active");
        }
        Placement p = Placement.findById(req.placementId());
        if (p == null) {
            throw ProblemException.notFound("placement");
        }
        if (p.status != PlacementStatus.OPEN) {
            throw ProblemException.conflict("placementId", "platsen är inte öppen (" + p.status.code() + ") / the placement is not open");
        }
        LocalDate today = clock.orToday(req.on(), "on");
        Scoring.Evaluation fit = Scoring.evaluate(ParticipantFacts.of(profile), PlacementFacts.of(p), Scoring.Preferences.NONE, today);
        Match m = new Match();
        m.id = UUID.randomUUID();
        m.placementId = p.id;
        m.participantId = profile.participantId;
        m.unit = profile.unit;
        m.status = MatchStatus.PROPOSED;
        m.score = fit.score();
        m.proposedBy = user.username();
        m.proposedOn = today;
        m.createdAt = clock.now();
        m.persist();
        try {
            em.flush();
        } catch (ConstraintViolationException e) {
            if ("match_live".equals(e.getConstraintName())) {
                throw ProblemException.conflict("participantId", "redan föreslagen till platsen / already proposed for this placement");
            }
            throw e;
        }
        events.proposed(m, p, today);
        return view(m, p, fit.components());
    }

    /** Takes a seat today. */
    @Transactional
    public MatchView accept(UUID id) {
        return accept(id, null);
    }

    /**
     * Takes a seat, decided on {@code on} (null: today; an answer recorded afterwards keeps its own day, and
     * the match starts then at the earliest). 409 when the placement is full: the row lock makes the check
     * and the increment atomic.
     */
    @Transactional
    public MatchView accept(UUID id, LocalDate on) {
        Match m = visible(id);
        Placement p = locked(m.placementId);
        em.refresh(m); // read the match again under the placement's lock
        requireStatus(m, MatchStatus.PROPOSED);
        if (!p.isPublished()) {
            throw ProblemException.conflict("placementId", "platsen är inte öppen (" + p.status.code() + ") / the placement is not open");
        }
        if (p.seatsFilled >= p.seats) {
            throw ProblemException.conflict("seats", "alla " + p.seats + " platser är tillsatta / all seats are taken");
        }
        LocalDate today = clock.orToday(on, "on");
        if (today.isBefore(m.proposedOn)) {
            throw ProblemException.invalid("on", "före förslaget " + m.proposedOn + " / before the proposal");
        }
        p.seatsFilled++;
        p.settleStatus();
        p.updatedAt = clock.now();
        m.status = MatchStatus.ACCEPTED;
        m.decidedOn = today;
        m.startDate = p.periodStart.isAfter(today) ? p.periodStart : today;
        m.endDate = p.periodEnd;
        em.flush();
        events.agreed(EventTypes.MATCH_ACCEPTED, m, p, today);
        placementEvents.changed(p);
        return view(m, p);
    }

    @Transactional
    public MatchView decline(UUID id, MatchDtos.Decline req) {
        DeclineReason reason = Coded.find(DeclineReason.class, req.reason()).filter(DeclineReason.CHOSEN::contains)
                .orElseThrow(() -> ProblemException.invalid("reason", Coded.unknown(Coded.codes(DeclineReason.CHOSEN), req.reason())));
        Match m = visible(id);
        em.refresh(m, LockModeType.PESSIMISTIC_WRITE);
        requireStatus(m, MatchStatus.PROPOSED);
        Placement p = Placement.findById(m.placementId);
        decline(m, p, clock.today(), reason);
        return view(m, p);
    }

    @Transactional
    public MatchView start(UUID id, MatchDtos.Start req) {
        Match m = visible(id);
        em.refresh(m, LockModeType.PESSIMISTIC_WRITE);
        requireStatus(m, MatchStatus.ACCEPTED);
        // Recorded when it happened, as every other day in the suite: a start in the future would fill the
        // records with a "started" match that has not begun (the planned day is the accept's startDate).
        LocalDate on = clock.orToday(req == null ? null : req.on(), "on");
        m.status = MatchStatus.STARTED;
        m.startedOn = on;
        em.flush();
        Placement p = Placement.findById(m.placementId);
        events.agreed(EventTypes.MATCH_STARTED, m, p, on);
        return view(m, p);
    }

    /** Ends a started (or accepted, never started) match and frees its seat. */
    @Transactional
    public MatchView end(UUID id, MatchDtos.End req) {
        EndReason reason = req == null || req.reason() == null ? null
                : Coded.find(EndReason.class, req.reason()).filter(EndReason.CHOSEN::contains)
                        .orElseThrow(() -> ProblemException.invalid("reason", Coded.unknown(Coded.codes(EndReason.CHOSEN), req.reason())));
        Match m = visible(id);
        Placement p = locked(m.placementId);
        em.refresh(m);
        if (!m.holdsSeat()) {
            throw ProblemException.conflict("status", "matchningen är " + m.status.code() + " / the match is " + m.status.code());
        }
        // Not in the future: the seat is freed now, so the day it was freed cannot lie ahead.
        LocalDate on = clock.orToday(req == null ? null : req.on(), "on");
        if (m.startedOn != null && on.isBefore(m.startedOn)) {
            throw ProblemException.invalid("on", "slutdag före startdag / end before start");
        }
        free(m, p, on, reason);
        return view(m, p);
    }

    /**
     * A participant who exits or is erased keeps no seat and no open proposal: matches holding a seat end
     * (match.ended), proposals are declined (match.declined), each with the reason. Runs in the consumer's
     * transaction; a match already finished is left as it is, so a redelivered or repeated event changes nothing.
     */
    void participantLeft(@Observes ParticipantChanges.Left left) {
        boolean erased = left.cause() == ParticipantChanges.Cause.ERASED;
        List<Match> live = Match.list("participantId = ?1 and status in ?2 order by placementId, id", left.participantId(),
                List.of(MatchStatus.PROPOSED, MatchStatus.ACCEPTED, MatchStatus.STARTED));
        for (Match m : live) {
            Placement p = locked(m.placementId);
            em.refresh(m); // read again under the placement's lock
            if (m.holdsSeat()) {
                free(m, p, notBeforeStart(m, left.on()), erased ? EndReason.UPPGIFTER_GALLRADE : EndReason.DELTAGAREN_AVSLUTAD);
            } else if (m.status == MatchStatus.PROPOSED) {
                decline(m, p, left.on(), erased ? DeclineReason.UPPGIFTER_GALLRADE : DeclineReason.DELTAGAREN_AVSLUTAD);
            }
        }
    }

    /** The intervention that came from a match ended in participant-service: the match ends and frees its seat. */
    void interventionEnded(@Observes ParticipantChanges.InterventionEnded ended) {
        Match m = Match.findById(ended.matchId());
        if (m == null || !m.participantId.equals(ended.participantId())) {
            return;
        }
        Placement p = locked(m.placementId);
        em.refresh(m);
        if (m.holdsSeat()) {
            free(m, p, notBeforeStart(m, ended.on()), EndReason.INSATSEN_AVSLUTAD);
        }
    }

    private static LocalDate notBeforeStart(Match m, LocalDate on) {
        return m.startedOn != null && on.isBefore(m.startedOn) ? m.startedOn : on;
    }

    private void decline(Match m, Placement p, LocalDate on, DeclineReason reason) {
        m.status = MatchStatus.DECLINED;
        m.decidedOn = on;
        m.declineReason = reason;
        em.flush();
        events.declined(m, p, on);
    }

    /** Ends a match that holds a seat, under the placement's row lock: the seat is free again. */
    private void free(Match m, Placement p, LocalDate on, EndReason reason) {
        m.status = MatchStatus.ENDED;
        m.endedOn = on;
        m.endReason = reason;
        p.seatsFilled--;
        p.settleStatus();
        p.updatedAt = clock.now();
        em.flush();
        events.ended(m, p, on);
        placementEvents.changed(p);
    }


    public MatchView get(UUID id) {
        Match m = visible(id);
        return view(m, Placement.findById(m.placementId));
    }

    /** One page of the matches the caller may see, newest proposal first. */
    public Page<MatchView> list(UUID placementId, UUID participantId, MatchStatus status, PageRequest page) {
        StringBuilder where = new StringBuilder(" from Match m, Placement p, Organisation o where p.id = m.placementId and o.id = p.organisationId");
        Map<String, Object> params = new HashMap<>();
        if (organisations.isProvider()) {
            where.append(" and o.code = :org");
            params.put("org", organisations.confinedTo().orElseThrow());
        } else {
            UnitScope.Predicate units = scope.participants().sql("m.unit");
            where.append(" and ").append(units.sql());
            params.putAll(units.parameters());
        }
        if (placementId != null) {
            where.append(" and m.placementId = :placement");
            params.put("placement", placementId);
        }
        if (participantId != null) {
            where.append(" and m.participantId = :participant");
            params.put("participant", participantId);
        }
        if (status != null) {
            where.append(" and m.status = :status");
            params.put("status", status);
        }
        var count = em.createQuery("select count(m)" + where, Long.class);
        var rows = em.createQuery("select m" + where + " order by m.proposedOn desc, m.id", Match.class);
        params.forEach((k, v) -> {
            count.setParameter(k, v);
            rows.setParameter(k, v);
        });
        return page.of(views(page.apply(rows).getResultList()), count.getSingleResult());
    }

    /** Views of many matches with one query for their placements and one for their participants, not one per row. */
    List<MatchView> views(List<Match> matches) {
        if (matches.isEmpty()) {
            return List.of();
        }
        Map<UUID, Placement> placements = Placement.<Placement>list("id in ?1",
                matches.stream().map(m -> m.placementId).distinct().toList()).stream()
                .collect(Collectors.toMap(p -> p.id, Function.identity()));
        Map<UUID, ParticipantFacts> participants = ParticipantProfile.<ParticipantProfile>list("participantId in ?1",
                matches.stream().map(m -> m.participantId).distinct().toList()).stream()
                .collect(Collectors.toMap(p -> p.participantId, ParticipantFacts::of));
        return matches.stream().map(m -> view(m, placements.get(m.placementId), participants.get(m.participantId))).toList();
    }

    /** The match if the caller may see it: its unit's case officers, the placement's provider, managers, admin. */
    private Match visible(UUID id) {
        Match m = Match.findById(id);
        if (m == null) {
            throw ProblemException.notFound("match");
        }
        if (organisations.isProvider()) {
            // the owner's code only: the placement row is read (and locked) later by the command that needs it
            organisations.require(em.createQuery("select o.code from Placement p, Organisation o where p.id = :id and o.id = p.organisationId",
                    String.class).setParameter("id", m.placementId).getSingleResult(), "match");
        } else {
            scope.participants().require(m.unit, "match");
        }
        return m;
    }

    /**
     * The placement row read with SELECT … FOR UPDATE, so the seat count is the committed one and stays so
     * until this transaction ends. Nothing reads the row earlier in a command (a lock on a copy already
     * in the persistence context would check its version instead of reading it again).
     */
    private Placement locked(UUID placementId) {
        return em.find(Placement.class, placementId, LockModeType.PESSIMISTIC_WRITE);
    }

    private static void requireStatus(Match m, MatchStatus expected) {
        if (m.status != expected) {
            throw ProblemException.conflict("status", "matchningen är " + m.status.code() + ", inte " + expected.code()
                    + " / the match is " + m.status.code() + ", not " + expected.code());
        }
    }

    MatchView view(Match m, Placement p) {
        ParticipantProfile profile = ParticipantProfile.findById(m.participantId);
        return view(m, p, profile == null ? null : ParticipantFacts.of(profile));
    }

    private MatchView view(Match m, Placement p, ParticipantFacts participant) {
        List<Scoring.Component> explanation = participant == null ? List.of()
                : Scoring.evaluate(participant, PlacementFacts.of(p), Scoring.Preferences.NONE, clock.today()).components();
        return view(m, p, explanation);
    }

    private static MatchView view(Match m, Placement p, List<Scoring.Component> explanation) {
        return new MatchView(m.id, m.placementId, p.organisationId, p.title, p.kind, m.participantId, m.unit, m.status,
                m.score, explanation, m.proposedBy, m.proposedOn, m.decidedOn, m.declineReason, m.startDate, m.endDate,
                m.startedOn, m.endedOn, m.endReason, m.version);
    }
}
