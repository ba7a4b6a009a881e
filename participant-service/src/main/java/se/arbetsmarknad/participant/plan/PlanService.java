package se.arbetsmarknad.participant.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import se.arbetsmarknad.participant.audit.AuditLog;
import se.arbetsmarknad.participant.common.Actor;
import se.arbetsmarknad.participant.participant.Access;
import se.arbetsmarknad.participant.participant.LifecycleService;
import se.arbetsmarknad.participant.participant.ParticipantEvents;
import se.arbetsmarknad.participant.plan.PlanDtos.FollowUpRequest;
import se.arbetsmarknad.participant.plan.PlanDtos.FollowUpView;
import se.arbetsmarknad.participant.plan.PlanDtos.PlanRequest;
import se.arbetsmarknad.participant.plan.PlanDtos.PlanView;
import se.arbetsmarknad.participant.plan.PlanDtos.PlanWithHistory;
import se.arbetsmarknad.platform.http.Versions;
import se.arbetsmarknad.platform.problem.ProblemException;
import se.arbetsmarknad.platform.time.SuiteClock;

/**
 * Planering: "all who receive assistance must have a current plan". Every change is a new version
 * (history kept); the version number is the ETag, so two officers cannot overwrite each other.
 */
@ApplicationScoped
public class PlanService {

    @Inject
    EntityManager em;
    @Inject
    SuiteClock clock;
    @Inject
    Access access;
    @Inject
    LifecycleService participants;
    @Inject
    ParticipantEvents events;
    @Inject
    AuditLog audit;

    @Transactional
    public PlanWithHistory get(Actor actor, UUID participantId) {
        Access.Loaded l = access.load(actor, participantId);
        audit.record(actor, "read-plan", participantId, null);
        List<Plan> all = Plan.list("enrolmentId = ?1 order by planVersion desc", l.enrolment().id);
        return new PlanWithHistory(all.isEmpty() ? null : PlanView.of(all.get(0)),
                all.stream().skip(1).map(PlanView::of).toList());
    }

    /**
     * @param ifMatch the current plan version; required once a plan exists (428 without, 412 when stale)
     */
    @Transactional
    public PlanView update(Actor actor, UUID participantId, String ifMatch, PlanRequest request) {
        Access.Loaded l = participants.openEnrolment(actor, participantId);
        Plan current = Plan.current(l.enrolment().id);
        if (current != null) {
            Versions.require(ifMatch, current.planVersion);
        } else if (ifMatch != null && !ifMatch.isBlank()) {
            Versions.require(ifMatch, 0);
        }
        LocalDate decided = clock.orToday(request.decidedOn(), "decidedOn");
        if (decided.isBefore(l.enrolment().enrolledOn)) {
            throw ProblemException.invalid("decidedOn", "före inskrivningen / before the enrolment");
        }
        if (request.nextFollowUp().isBefore(decided)) {
            throw ProblemException.invalid("nextFollowUp", "före beslutsdagen / before the day decided");
        }
        Plan plan = newVersion(actor, l, current, request.goal(), request.steps(), request.nextFollowUp(), decided);
        audit.record(actor, "plan-updated", participantId, "version " + plan.planVersion);
        return PlanView.of(plan);
    }

    @Transactional
    public FollowUpView recordFollowUp(Actor actor, UUID participantId, FollowUpRequest request) {
        Access.Loaded l = participants.openEnrolment(actor, participantId);
        LocalDate held = clock.orToday(request.heldOn(), "heldOn");
        if (held.isBefore(l.enrolment().enrolledOn)) {
            throw ProblemException.invalid("heldOn", "före inskrivningen / before the enrolment");
        }
        Plan current = Plan.current(l.enrolment().id);
        if (request.nextFollowUp() != null) {
            if (current == null) {
                throw ProblemException.invalid("nextFollowUp", "ingen plan finns ännu / there is no plan yet");
            }
            if (!request.nextFollowUp().isAfter(held)) {
                throw ProblemException.invalid("nextFollowUp", "ska ligga efter mötet / must be after the meeting");
            }
        }
        FollowUpMeeting m = new FollowUpMeeting();
        m.id = UUID.randomUUID();
        m.enrolmentId = l.enrolment().id;
        m.heldOn = held;
        m.notes = request.notes();
        m.recordedBy = actor.username();
        m.recordedAt = clock.instant();
        em.persist(m);
        if (request.nextFollowUp() != null) {
            newVersion(actor, l, current, current.goal, current.steps, request.nextFollowUp(), held);
        }
        audit.record(actor, "follow-up-recorded", participantId, null);
        return FollowUpView.of(m);
    }

    @Transactional
    public List<FollowUpView> followUps(Actor actor, UUID participantId) {
        Access.Loaded l = access.load(actor, participantId);
        audit.record(actor, "read-follow-ups", participantId, null);
        return FollowUpMeeting.<FollowUpMeeting>list("enrolmentId = ?1 order by heldOn desc, recordedAt desc", l.enrolment().id)
                .stream().map(FollowUpView::of).toList();
    }

    private Plan newVersion(Actor actor, Access.Loaded l, Plan current, String goal, List<String> steps,
            LocalDate nextFollowUp, LocalDate decided) {
        Plan plan = new Plan();
        plan.id = UUID.randomUUID();
        plan.enrolmentId = l.enrolment().id;
        plan.planVersion = current == null ? 1 : current.planVersion + 1;
        plan.goal = goal;
        plan.steps = steps == null ? new ArrayList<>() : new ArrayList<>(steps);
        plan.nextFollowUp = nextFollowUp;
        plan.decidedOn = decided;
        plan.createdBy = actor.username();
        plan.createdAt = clock.instant();
        em.persist(plan);
        // the worklists read the current plan from the enrolment (V6); a plain update: not the enrolment's version
        em.createNativeQuery("update enrolment set plan_version = :version, plan_decided_on = :decided, next_follow_up = :next"
                + " where id = :id").setParameter("version", plan.planVersion).setParameter("decided", decided)
                .setParameter("next", nextFollowUp).setParameter("id", plan.enrolmentId).executeUpdate();
        events.planUpdated(l.participant(), l.enrolment(), plan.planVersion, nextFollowUp, decided);
        return plan;
    }
}
