package se.arbetsmarknad.participant.participant;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import se.arbetsmarknad.participant.common.AgeBands;
import se.arbetsmarknad.platform.domain.LongTermAssistance;
import se.arbetsmarknad.platform.events.EventPayload;
import se.arbetsmarknad.platform.events.EventTypes;
import se.arbetsmarknad.platform.events.participant.InterventionEnded;
import se.arbetsmarknad.platform.events.participant.InterventionStarted;
import se.arbetsmarknad.platform.events.participant.ParticipantAttributesChanged;
import se.arbetsmarknad.platform.events.participant.ParticipantEnrolled;
import se.arbetsmarknad.platform.events.participant.ParticipantErased;
import se.arbetsmarknad.platform.events.participant.ParticipantExited;
import se.arbetsmarknad.platform.events.participant.ParticipantPauseChanged;
import se.arbetsmarknad.platform.events.participant.ParticipantPlanUpdated;
import se.arbetsmarknad.platform.events.participant.ParticipantReopened;
import se.arbetsmarknad.platform.events.participant.ParticipantTransferred;
import se.arbetsmarknad.platform.events.participant.ProjectMembershipChanged;
import se.arbetsmarknad.platform.outbox.Outbox;

/**
 * Publishes participant.events.v1 through the outbox, keyed by the pseudonymous participant id, as the
 * platform's typed payload records. Payloads carry what statistics and matching need and never a name,
 * personnummer or free text.
 */
@ApplicationScoped
public class ParticipantEvents {

    @Inject
    Outbox outbox;
    @Inject
    EntityManager em;

    public void enrolled(Participant p, Enrolment e, boolean reopened) {
        // A first enrolment has no project memberships yet: no need to ask the database.
        List<String> projects = reopened ? projects(p.id) : List.of();
        publish(p, EventTypes.PARTICIPANT_ENROLLED, new ParticipantEnrolled(p.id, e.id, e.unit, e.enrolledOn, p.gender,
                p.birthDate.getYear(), AgeBands.band(p.birthDate, e.enrolledOn), p.bornAbroad, p.educationLevel,
                p.swedishLevel, p.drivingLicence, List.of(p.occupationInterests), p.singleParent, p.childrenInHousehold,
                p.assistanceSince, p.referralSource, projects, LongTermAssistance.on(p.assistanceSince, e.enrolledOn),
                p.supportObstacle, reopened));
    }

    public void attributesChanged(Participant p, Enrolment e, LocalDate on) {
        publish(p, EventTypes.PARTICIPANT_ATTRIBUTES_CHANGED, new ParticipantAttributesChanged(p.id, e.id, e.unit, p.gender,
                p.birthDate.getYear(), AgeBands.band(p.birthDate, on), p.bornAbroad, p.educationLevel, p.swedishLevel,
                p.drivingLicence, List.of(p.occupationInterests), p.singleParent, p.childrenInHousehold, p.assistanceSince,
                p.referralSource, projects(p.id), LongTermAssistance.on(p.assistanceSince, on), p.supportObstacle, on));
    }

    public void transferred(Participant p, Enrolment e, String fromUnit, LocalDate on) {
        publish(p, EventTypes.PARTICIPANT_TRANSFERRED, new ParticipantTransferred(p.id, e.id, e.unit, fromUnit, e.unit, on));
    }

    /** participant.paused, or participant.resumed when {@code paused} is false. */
    public void pauseChanged(Participant p, Enrolment e, boolean paused, LocalDate on) {
        publish(p, paused ? EventTypes.PARTICIPANT_PAUSED : EventTypes.PARTICIPANT_RESUMED,
                new ParticipantPauseChanged(p.id, e.id, e.unit, on));
    }

    public void planUpdated(Participant p, Enrolment e, int planVersion, LocalDate nextFollowUp, LocalDate on) {
        publish(p, EventTypes.PARTICIPANT_PLAN_UPDATED, new ParticipantPlanUpdated(p.id, e.id, e.unit, planVersion,
                nextFollowUp, on));
    }

    public void interventionStarted(Participant p, Enrolment e, UUID interventionId, String kind, String category,
            LocalDate startedOn, LocalDate plannedEndOn, UUID placementId, UUID matchId) {
        publish(p, EventTypes.PARTICIPANT_INTERVENTION_STARTED, new InterventionStarted(p.id, e.id, e.unit, interventionId,
                kind, category, startedOn, plannedEndOn, placementId, matchId));
    }

    public void interventionEnded(Participant p, Enrolment e, UUID interventionId, String kind, String category,
            LocalDate startedOn, LocalDate endedOn, UUID placementId, UUID matchId) {
        publish(p, EventTypes.PARTICIPANT_INTERVENTION_ENDED, new InterventionEnded(p.id, e.id, e.unit, interventionId,
                kind, category, startedOn, endedOn, placementId, matchId));
    }

    public void exited(Participant p, Enrolment e) {
        publish(p, EventTypes.PARTICIPANT_EXITED, new ParticipantExited(p.id, e.id, e.unit, e.exitedOn, e.exitReason));
    }

    public void reopened(Participant p, Enrolment e, UUID previous) {
        publish(p, EventTypes.PARTICIPANT_REOPENED, new ParticipantReopened(p.id, e.id, e.unit, e.enrolledOn, previous));
    }

    public void projectMembership(Participant p, Enrolment e, String project, String subProject, boolean member,
            LocalDate on) {
        boolean onAssistance = p.assistanceSince != null && !p.assistanceSince.isAfter(on);
        publish(p, EventTypes.PARTICIPANT_PROJECT_MEMBERSHIP_CHANGED, new ProjectMembershipChanged(p.id, e.id, e.unit,
                project, subProject, member, on, onAssistance));
    }

    public void erased(UUID participantId) {
        outbox.publish(EventTypes.PARTICIPANT_ERASED, participantId.toString(), new ParticipantErased(participantId));
    }

    private void publish(Participant p, String type, EventPayload payload) {
        outbox.publish(type, p.id.toString(), payload);
    }

    /** Current project codes: the sub-project and its parent project. */
    @SuppressWarnings("unchecked")
    public List<String> projects(UUID participantId) {
        return em.createNativeQuery("""
                select distinct code from (
                  select m.project_code as code from project_membership m where m.participant_id = :id and m.left_on is null
                  union
                  select pr.parent_code from project_membership m join project pr on pr.code = m.project_code
                   where m.participant_id = :id and m.left_on is null and pr.parent_code is not null) c
                order by code""").setParameter("id", participantId).getResultList();
    }
}
