package se.arbetsmarknad.participant.intervention;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import se.arbetsmarknad.participant.audit.AuditLog;
import se.arbetsmarknad.participant.common.Actor;
import se.arbetsmarknad.participant.intervention.InterventionDtos.EndRequest;
import se.arbetsmarknad.participant.intervention.InterventionDtos.InterventionView;
import se.arbetsmarknad.participant.intervention.InterventionDtos.KindView;
import se.arbetsmarknad.participant.intervention.InterventionDtos.NewKind;
import se.arbetsmarknad.participant.intervention.InterventionDtos.StartRequest;
import se.arbetsmarknad.participant.participant.Access;
import se.arbetsmarknad.participant.participant.Enrolment;
import se.arbetsmarknad.participant.participant.Exiting;
import se.arbetsmarknad.participant.participant.Participant;
import se.arbetsmarknad.participant.participant.ParticipantEvents;
import se.arbetsmarknad.platform.problem.ProblemException;
import se.arbetsmarknad.platform.time.SuiteClock;

/** Insatser: start and end, by hand or from an accepted match in placement-service. */
@ApplicationScoped
public class InterventionService {

    private static final Logger LOG = Logger.getLogger(InterventionService.class);

    @Inject
    EntityManager em;
    @Inject
    SuiteClock clock;
    @Inject
    Access access;
    @Inject
    ParticipantEvents events;
    @Inject
    AuditLog audit;

    @Transactional
    public List<InterventionView> list(Actor actor, UUID participantId) {
        access.load(actor, participantId);
        audit.record(actor, "read-interventions", participantId, null);
        return Intervention.<Intervention>list("participantId = ?1 order by startedOn, createdAt", participantId).stream()
                .map(this::view).toList();
    }

    @Transactional
    public InterventionView start(Actor actor, UUID participantId, StartRequest request) {
        InterventionKind kind = activeKind(request.kind());
        Access.Loaded l = access.load(actor, participantId, true);
        Enrolment e = l.enrolment();
        if (!e.open()) {
            throw ProblemException.conflict("status", "inskrivningen är avslutad / the enrolment is closed");
        }
        if (request.startedOn().isBefore(e.enrolledOn)) {
            throw ProblemException.invalid("startedOn", "före inskrivningen / before the enrolment");
        }
        if (request.plannedEndOn() != null && request.plannedEndOn().isBefore(request.startedOn())) {
            throw ProblemException.invalid("plannedEndOn", "före start / before the start");
        }
        Intervention i = create(actor, l, kind, request.startedOn(), request.plannedEndOn(), request.placementId(), null);
        audit.record(actor, "intervention-started", participantId, kind.code);
        return view(i);
    }

    @Transactional
    public InterventionView end(Actor actor, UUID participantId, UUID interventionId, EndRequest request) {
        Access.Loaded l = access.load(actor, participantId, true);
        Intervention i = Intervention.findById(interventionId);
        if (i == null || !i.participantId.equals(participantId)) {
            throw ProblemException.notFound("Insatsen / The intervention");
        }
        if (i.endedOn != null) {
            throw ProblemException.conflict("endedOn", "insatsen är redan avslutad / already ended");
        }
        if (request.endedOn().isBefore(i.startedOn)) {
            throw ProblemException.invalid("endedOn", "före start (" + i.startedOn + ") / before the start");
        }
        finish(l, i, request.endedOn());
        audit.record(actor, "intervention-ended", participantId, i.kind);
        return view(i);
    }

    /** At exit every running intervention ends the same day. */
    @Transactional(Transactional.TxType.MANDATORY)
    void endAllOpen(@Observes Exiting exit) {
        Access.Loaded l = exit.participant();
        LocalDate on = exit.on();
        List<Intervention> open = Intervention.list("enrolmentId = ?1 and endedOn is null", l.enrolment().id);
        for (Intervention i : open) {
            if (i.startedOn.isAfter(on)) {
                throw ProblemException.invalid("on", "en insats startar efter avslutsdagen / an intervention starts after the exit day");
            }
            finish(l, i, on);
        }
    }

    /**
     * From match.accepted / match.started: starts the intervention once per match. An unknown or erased
     * participant, or one without an open enrolment, is skipped (the participant may have been erased).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean startFromMatch(UUID participantId, UUID matchId, UUID placementId, String kindCode, LocalDate startDate,
            LocalDate endDate) {
        if (Intervention.count("matchId", matchId) > 0) {
            return false; // accepted and later started: one intervention
        }
        Participant p = em.find(Participant.class, participantId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        Enrolment e = p == null ? null : Enrolment.latest(participantId);
        if (p == null || p.erasedAt != null || e == null || !e.open()) {
            LOG.debugf("Match %s concerns no participant with an open enrolment here; ignored", matchId);
            return false;
        }
        InterventionKind kind = InterventionKind.findById(kindCode);
        if (kind == null) {
            throw new IllegalStateException("match " + matchId + " has kind '" + kindCode + "' that is not in the reference list");
        }
        LocalDate start = startDate.isBefore(e.enrolledOn) ? e.enrolledOn : startDate;
        LocalDate plannedEnd = endDate != null && !endDate.isBefore(start) ? endDate : null;
        Actor system = Actor.system("match-events");
        create(system, new Access.Loaded(p, e), kind, start, plannedEnd, placementId, matchId);
        audit.record(system, "intervention-started", participantId, kind.code + " (match)");
        return true;
    }

    /** From match.ended: ends the match's intervention if it still runs. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean endFromMatch(UUID matchId, LocalDate on) {
        Intervention i = Intervention.find("matchId", matchId).firstResult();
        if (i == null || i.endedOn != null) {
            return false;
        }
        Participant p = em.find(Participant.class, i.participantId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        Enrolment e = Enrolment.findById(i.enrolmentId);
        if (p.erasedAt != null) {
            return false;
        }
        finish(new Access.Loaded(p, e), i, on.isBefore(i.startedOn) ? i.startedOn : on);
        audit.record(Actor.system("match-events"), "intervention-ended", p.id, i.kind + " (match)");
        return true;
    }

    public List<KindView> kinds() {
        return InterventionKind.<InterventionKind>list("order by category, code").stream().map(KindView::of).toList();
    }

    @Transactional
    public KindView addKind(NewKind k) {
        if (InterventionKind.findById(k.code()) != null) {
            throw ProblemException.conflict("code", "finns redan / already exists");
        }
        InterventionKind kind = new InterventionKind();
        kind.code = k.code();
        kind.category = k.category();
        kind.nameSv = k.nameSv();
        kind.nameEn = k.nameEn();
        kind.active = true;
        kind.persist();
        return KindView.of(kind);
    }

    private InterventionKind activeKind(String code) {
        InterventionKind kind = InterventionKind.findById(code);
        if (kind == null || !kind.active) {
            throw ProblemException.invalid("kind", "okänd insatstyp / unknown intervention kind (GET /api/intervention-kinds)");
        }
        return kind;
    }

    private Intervention create(Actor actor, Access.Loaded l, InterventionKind kind, LocalDate startedOn,
            LocalDate plannedEndOn, UUID placementId, UUID matchId) {
        Intervention i = new Intervention();
        i.id = UUID.randomUUID();
        i.enrolmentId = l.enrolment().id;
        i.participantId = l.id();
        i.kind = kind.code;
        i.startedOn = startedOn;
        i.plannedEndOn = plannedEndOn;
        i.placementId = placementId;
        i.matchId = matchId;
        i.createdBy = actor.username();
        i.createdAt = clock.instant();
        em.persist(i);
        em.flush();
        events.interventionStarted(l.participant(), l.enrolment(), i.id, kind.code, kind.category, startedOn, plannedEndOn,
                placementId, matchId);
        return i;
    }

    private void finish(Access.Loaded l, Intervention i, LocalDate endedOn) {
        i.endedOn = endedOn;
        em.flush();
        InterventionKind kind = InterventionKind.findById(i.kind);
        events.interventionEnded(l.participant(), l.enrolment(), i.id, i.kind, kind.category, i.startedOn, endedOn,
                i.placementId, i.matchId);
    }

    private InterventionView view(Intervention i) {
        InterventionKind kind = InterventionKind.findById(i.kind);
        return new InterventionView(i.id, i.enrolmentId, i.kind, kind.category, i.startedOn, i.plannedEndOn, i.endedOn,
                i.placementId, i.matchId, i.createdBy, i.version);
    }
}
