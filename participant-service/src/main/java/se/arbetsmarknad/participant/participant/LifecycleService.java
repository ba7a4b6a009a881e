package se.arbetsmarknad.participant.participant;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import se.arbetsmarknad.participant.audit.AuditLog;
import se.arbetsmarknad.participant.common.Actor;
import se.arbetsmarknad.participant.participant.ParticipantDtos.EnrolmentView;
import se.arbetsmarknad.participant.participant.ParticipantDtos.EnrolmentWithHistory;
import se.arbetsmarknad.participant.participant.ParticipantDtos.ExitRequest;
import se.arbetsmarknad.participant.participant.ParticipantDtos.HistoryEntry;
import se.arbetsmarknad.participant.participant.ParticipantDtos.ParticipantView;
import se.arbetsmarknad.participant.participant.ParticipantDtos.ReopenRequest;
import se.arbetsmarknad.participant.participant.ParticipantDtos.TransferRequest;
import se.arbetsmarknad.platform.problem.ProblemException;
import se.arbetsmarknad.platform.time.SuiteClock;

/**
 * The enrolment's life after inskrivning: transfer to another officer or unit, pause and resume, exit
 * (avslut; what hangs off the enrolment ends with it through {@link Exiting}) and återaktualisering.
 * Each command is one transaction holding the participant's row lock.
 */
@ApplicationScoped
public class LifecycleService {

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
    @Inject
    EnrolmentRules rules;
    @Inject
    ParticipantViews views;
    @Inject
    Event<Exiting> exiting;

    @Transactional
    public ParticipantView transfer(Actor actor, UUID id, TransferRequest request) {
        Access.Loaded l = openEnrolment(actor, id);
        Enrolment e = l.enrolment();
        LocalDate on = clock.orToday(request.on(), "on");
        EnrolmentRules.notBefore(on, e.enrolledOn, "on");
        String toUnit = request.toUnit() == null ? e.unit : rules.knownUnit(request.toUnit(), "toUnit");
        String fromUnit = e.unit;
        String fromOfficer = e.officer;
        if (toUnit.equals(fromUnit) && request.toOfficer().equals(fromOfficer)) {
            throw ProblemException.invalid("toOfficer", "samma enhet och handläggare som nu / same unit and officer as now");
        }
        e.unit = toUnit;
        e.officer = request.toOfficer();
        rules.history(actor, e, "transferred", fromUnit, toUnit, fromOfficer, e.officer, null, on);
        if (!toUnit.equals(fromUnit)) {
            events.transferred(l.participant(), e, fromUnit, on);
        }
        audit.record(actor, "transferred", id, "överflyttad / transferred");
        em.flush();
        return views.view(l.participant(), e);
    }

    @Transactional
    public ParticipantView pause(Actor actor, UUID id, LocalDate day, boolean pause) {
        Access.Loaded l = openEnrolment(actor, id);
        Enrolment e = l.enrolment();
        LocalDate on = clock.orToday(day, "on");
        EnrolmentRules.notBefore(on, pause ? e.enrolledOn : e.pausedOn, "on");
        Enrolment.Status from = pause ? Enrolment.Status.ACTIVE : Enrolment.Status.PAUSED;
        if (e.status != from) {
            throw ProblemException.conflict("status", pause ? "inskrivningen är redan pausad / already paused"
                    : "inskrivningen är inte pausad / not paused");
        }
        e.status = pause ? Enrolment.Status.PAUSED : Enrolment.Status.ACTIVE;
        e.pausedOn = pause ? on : null;
        rules.history(actor, e, pause ? "paused" : "resumed", null, null, null, null, null, on);
        events.pauseChanged(l.participant(), e, pause, on);
        audit.record(actor, pause ? "paused" : "resumed", id, null);
        em.flush();
        return views.view(l.participant(), e);
    }

    @Transactional
    public ParticipantView exit(Actor actor, UUID id, ExitRequest request) {
        Access.Loaded l = openEnrolment(actor, id);
        Enrolment e = l.enrolment();
        LocalDate on = clock.orToday(request.on(), "on");
        EnrolmentRules.notBefore(on, e.enrolledOn, "on");
        exiting.fire(new Exiting(actor, l, on));
        e.status = Enrolment.Status.EXITED;
        e.exitedOn = on;
        e.exitReason = request.reason();
        e.exitComment = request.comment();
        rules.history(actor, e, "exited", null, null, null, null, request.reason(), on);
        events.exited(l.participant(), e);
        audit.record(actor, "exited", id, "avslut: " + request.reason());
        em.flush();
        return views.view(l.participant(), e);
    }

    @Transactional
    public ParticipantView reopen(Actor actor, UUID id, ReopenRequest request) {
        Access.Loaded l = access.load(actor, id, true);
        Enrolment previous = l.enrolment();
        if (previous.open()) {
            throw ProblemException.conflict("status", "inskrivningen är inte avslutad / the enrolment is not closed");
        }
        LocalDate on = clock.orToday(request.on(), "on");
        EnrolmentRules.notBefore(on, previous.exitedOn, "on");
        String unit = request.unit() == null ? previous.unit : rules.unitFor(actor, request.unit(), "unit");
        String officer = request.officer() != null ? request.officer()
                : actor.caseOfficer() && !actor.admin() ? actor.username() : previous.officer;
        Enrolment e = rules.newEnrolment(l.participant(), unit, officer, on, previous.id);
        rules.history(actor, e, "reopened", previous.unit, unit, previous.officer, officer, null, on);
        events.reopened(l.participant(), e, previous.id);
        events.enrolled(l.participant(), e, true);
        audit.record(actor, "reopened", id, "återaktualiserad / re-opened");
        em.flush();
        return views.view(l.participant(), e);
    }

    @Transactional
    public List<EnrolmentWithHistory> history(Actor actor, UUID id) {
        access.load(actor, id);
        audit.record(actor, "read-history", id, "läste inskrivningshistorik / read the enrolment history");
        List<Enrolment> enrolments = Enrolment.list("participantId = ?1 order by enrolledOn, createdAt", id);
        List<EnrolmentWithHistory> out = new ArrayList<>();
        for (Enrolment e : enrolments) {
            List<EnrolmentHistory> h = EnrolmentHistory.list("enrolmentId = ?1 order by id", e.id);
            out.add(new EnrolmentWithHistory(EnrolmentView.of(e), h.stream().map(x -> new HistoryEntry(x.happenedOn,
                    x.kind, x.fromUnit, x.toUnit, x.fromOfficer, x.toOfficer, x.reason, x.recordedBy)).toList()));
        }
        return out;
    }

    /** The participant with an open enrolment, locked for the command. */
    public Access.Loaded openEnrolment(Actor actor, UUID id) {
        Access.Loaded l = access.load(actor, id, true);
        if (!l.enrolment().open()) {
            throw ProblemException.conflict("status", "inskrivningen är avslutad / the enrolment is closed");
        }
        return l;
    }
}
