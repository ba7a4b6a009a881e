package se.arbetsmarknad.participant.participant;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import se.arbetsmarknad.participant.common.AgeBands;
import se.arbetsmarknad.platform.domain.LongTermAssistance;
import se.arbetsmarknad.platform.events.Topics;
import se.arbetsmarknad.platform.outbox.Outbox;

/**
 * Publishes participant.events.v1 through the outbox, keyed by the pseudonymous participant id.
 * Payloads carry what statistics and matching need and never a name, personnummer or free text.
 */
@ApplicationScoped
public class ParticipantEvents {

    @Inject
    Outbox outbox;
    @Inject
    EntityManager em;

    public void enrolled(Participant p, Enrolment e, boolean reopened) {
        Map<String, Object> d = base(p, e);
        d.put("enrolledOn", e.enrolledOn);
        // A first enrolment has no project memberships yet: no need to ask the database.
        d.putAll(attributes(p, e.enrolledOn, reopened ? projects(p.id) : List.of()));
        d.put("reopened", reopened);
        publish(p, "participant.enrolled", d);
    }

    public void attributesChanged(Participant p, Enrolment e, LocalDate on) {
        Map<String, Object> d = base(p, e);
        d.putAll(attributes(p, on, projects(p.id)));
        d.put("on", on);
        publish(p, "participant.attributes-changed", d);
    }

    public void transferred(Participant p, Enrolment e, String fromUnit, LocalDate on) {
        Map<String, Object> d = base(p, e);
        d.put("fromUnit", fromUnit);
        d.put("toUnit", e.unit);
        d.put("on", on);
        publish(p, "participant.transferred", d);
    }

    public void simple(Participant p, Enrolment e, String type, LocalDate on) {
        Map<String, Object> d = base(p, e);
        d.put("on", on);
        publish(p, type, d);
    }

    public void planUpdated(Participant p, Enrolment e, int planVersion, LocalDate nextFollowUp, LocalDate on) {
        Map<String, Object> d = base(p, e);
        d.put("planVersion", planVersion);
        d.put("nextFollowUp", nextFollowUp);
        d.put("on", on);
        publish(p, "participant.plan-updated", d);
    }

    /** intervention-started and -ended share their shape; {@code endedOn} null means started. */
    public void intervention(Participant p, Enrolment e, UUID interventionId, String kind, String category,
            LocalDate startedOn, LocalDate plannedEndOn, LocalDate endedOn, UUID placementId, UUID matchId) {
        Map<String, Object> d = base(p, e);
        d.put("interventionId", interventionId);
        d.put("kind", kind);
        d.put("category", category);
        d.put("startedOn", startedOn);
        if (endedOn == null) {
            d.put("plannedEndOn", plannedEndOn);
        } else {
            d.put("endedOn", endedOn);
        }
        d.put("placementId", placementId);
        d.put("matchId", matchId);
        publish(p, endedOn == null ? "participant.intervention-started" : "participant.intervention-ended", d);
    }

    public void exited(Participant p, Enrolment e) {
        Map<String, Object> d = base(p, e);
        d.put("exitedOn", e.exitedOn);
        d.put("reason", e.exitReason);
        publish(p, "participant.exited", d);
    }

    public void reopened(Participant p, Enrolment e, UUID previous) {
        Map<String, Object> d = base(p, e);
        d.put("reopenedOn", e.enrolledOn);
        d.put("previousEnrolmentId", previous);
        publish(p, "participant.reopened", d);
    }

    public void projectMembership(Participant p, Enrolment e, String project, String subProject, boolean member,
            LocalDate on) {
        Map<String, Object> d = base(p, e);
        d.put("project", project);
        d.put("subProject", subProject);
        d.put("member", member);
        d.put("on", on);
        d.put("onAssistance", p.assistanceSince != null && !p.assistanceSince.isAfter(on));
        publish(p, "participant.project-membership-changed", d);
    }

    public void erased(UUID participantId) {
        outbox.publish(Topics.PARTICIPANT, participantId.toString(), "participant.erased",
                Map.of("participantId", participantId));
    }

    private void publish(Participant p, String type, Map<String, Object> payload) {
        outbox.publish(Topics.PARTICIPANT, p.id.toString(), type, payload);
    }

    private Map<String, Object> base(Participant p, Enrolment e) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("participantId", p.id);
        d.put("enrolmentId", e.id);
        d.put("unit", e.unit);
        return d;
    }

    private Map<String, Object> attributes(Participant p, LocalDate on, List<String> projects) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("gender", p.gender);
        d.put("birthYear", p.birthDate.getYear());
        d.put("ageBand", AgeBands.band(p.birthDate, on));
        d.put("bornAbroad", p.bornAbroad);
        d.put("educationLevel", p.educationLevel);
        d.put("swedishLevel", p.swedishLevel);
        d.put("drivingLicence", p.drivingLicence);
        d.put("occupationInterests", List.of(p.occupationInterests));
        d.put("singleParent", p.singleParent);
        d.put("childrenInHousehold", p.childrenInHousehold);
        d.put("assistanceSince", p.assistanceSince);
        d.put("referralSource", p.referralSource);
        d.put("projects", projects);
        d.put("longTermAssistance", LongTermAssistance.on(p.assistanceSince, on));
        d.put("supportObstacle", p.supportObstacle);
        return d;
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
