package se.arbetsmarknad.reporting.readmodel;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.Session;

import com.fasterxml.jackson.databind.JsonNode;

import se.arbetsmarknad.platform.domain.LongTermAssistance;
import se.arbetsmarknad.platform.events.CloudEvent;
import se.arbetsmarknad.platform.events.EventJson;
import se.arbetsmarknad.platform.events.EventTypes;
import se.arbetsmarknad.platform.events.Topics;
import se.arbetsmarknad.platform.events.participant.InterventionStarted;
import se.arbetsmarknad.platform.events.participant.ParticipantAttributesChanged;
import se.arbetsmarknad.platform.events.participant.ParticipantEnrolled;
import se.arbetsmarknad.platform.events.participant.ParticipantErased;
import se.arbetsmarknad.platform.events.participant.ParticipantExited;
import se.arbetsmarknad.platform.events.participant.ParticipantPauseChanged;
import se.arbetsmarknad.platform.events.participant.ParticipantReopened;
import se.arbetsmarknad.platform.events.participant.ParticipantTransferred;
import se.arbetsmarknad.platform.events.participant.ProjectMembershipChanged;

/**
 * Applies participant.events.v1 to the counters. Keeps, per pseudonymous participant, only the
 * breakdown (unit, gender, age band) and the dates needed to place later events; never a name or
 * personnummer. Idempotent by construction: every transition checks the state it comes from.
 */
@ApplicationScoped
public class ParticipantProjection {

    private static final Set<String> WORK_OR_STUDIES = Set.of("arbete", "studier");
    private static final Set<String> SE_KINDS = Set.of("supported-employment", "ips");
    /** Sfi studieväg 1 (Uppsala 4.1) and the obstacle arbetslöshet (4.2), as participant events code them. */
    private static final String SFI_1 = "sfi-1";
    private static final String UNEMPLOYMENT = "arbetsloshet";

    @Inject
    EntityManager em;
    @Inject
    Facts facts;
    @Inject
    EventJson json;
    @Inject
    LoadedStates loaded;

    /**
     * Reads the states of the participants these events are about in one query (they stay in the
     * persistence context), and remembers which have none: so applying the events costs no select each.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void load(List<CloudEvent> events) {
        Set<UUID> ids = new HashSet<>();
        for (CloudEvent event : events) {
            JsonNode id = event.data().get("participantId");
            if (id != null && id.isTextual() && Topics.PARTICIPANT.equals(EventTypes.require(event.type()).topic())) {
                try {
                    ids.add(UUID.fromString(id.asText()));
                } catch (IllegalArgumentException notAnId) {
                    // its handler reads it itself
                }
            }
        }
        loaded.clear();
        if (ids.isEmpty()) {
            return;
        }
        // findMultiple: one select by an id array, the same SQL whatever the batch's size (an "in" list would
        // be a new statement, translated again, for every size).
        List<UUID> wanted = List.copyOf(ids);
        List<ParticipantState> found = em.unwrap(Session.class).findMultiple(ParticipantState.class, wanted);
        Set<UUID> absent = new HashSet<>();
        for (int i = 0; i < wanted.size(); i++) {
            if (found.get(i) == null) {
                absent.add(wanted.get(i));
            }
        }
        loaded.absent(absent);
    }

    /** A participant's state: from the batch's {@link #load} when it read it, else from the database. */
    private ParticipantState state(UUID id) {
        return loaded.isAbsent(id) ? null : em.find(ParticipantState.class, id);
    }

    /** Events are contract-checked before they get here, so every field their contract requires is set. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(CloudEvent event) {
        LocalDate eventDay = event.time().toLocalDate();
        switch (json.payload(event)) {
            case ParticipantEnrolled e -> enrolled(e);
            case ParticipantReopened e -> reopened(e);
            case ParticipantAttributesChanged e -> attributesChanged(e, e.on() != null ? e.on() : eventDay);
            case ParticipantTransferred e -> transferred(e);
            case ParticipantPauseChanged e -> paused(e.participantId(), e.on() != null ? e.on() : eventDay,
                    EventTypes.PARTICIPANT_PAUSED.equals(event.type()));
            case InterventionStarted e -> interventionStarted(e);
            case ParticipantExited e -> exited(e);
            case ProjectMembershipChanged e -> projectMembership(e, eventDay);
            case ParticipantErased e -> erased(e.participantId());
            default -> {
                // plan-updated, intervention-ended and newer types carry nothing these statistics count
            }
        }
    }

    private void enrolled(ParticipantEnrolled e) {
        ParticipantState s = state(e.participantId());
        LocalDate on = e.enrolledOn();
        UUID enrolment = e.enrolmentId();
        if (s != null && s.active) {
            if (enrolment != null && enrolment.equals(s.enrolmentId)) {
                // participant-service follows participant.reopened with participant.enrolled (reopened=true)
                // for the same enrolment: take the attributes it carries.
                reconcile(s, e, on);
            }
            return;
        }
        boolean fresh = s == null;
        if (fresh) {
            s = new ParticipantState();
            s.participantId = e.participantId();
        }
        s.enrolmentId = enrolment;
        s.unit = e.unit();
        s.gender = e.gender();
        s.ageBand = e.ageBand();
        s.swedishLevel = e.swedishLevel();
        s.supportObstacle = e.supportObstacle();
        s.enrolledOn = on;
        if (fresh) {
            em.persist(s);
            loaded.present(s.participantId);
        }
        activate(s, on, e.assistanceSince());
    }

    private void reopened(ParticipantReopened e) {
        ParticipantState s = state(e.participantId());
        if (s == null || s.active) {
            return; // unknown pseudonym (erased) or already active again
        }
        s.enrolmentId = e.enrolmentId();
        if (e.unit() != null) {
            s.unit = e.unit();
        }
        activate(s, e.reopenedOn(), null);
    }

    private void activate(ParticipantState s, LocalDate on, LocalDate assistanceSince) {
        s.enrolledOn = on;
        s.active = true;
        s.paused = false;
        s.exitedOn = null;
        s.firstInterventionOn = null;
        facts.add(Stat.ACTIVE, on, s.dims(), 1);
        facts.addOnce(s.participantId, Stat.ENROLLED_UNIQUE, on, s.dims());
        s.longTermFrom = null;
        if (assistanceSince != null) {
            countLongTerm(s, assistanceSince, on);
        }
    }

    /** Long-term assistance (the platform's one definition) counts from its first day, or from {@code on} if later. */
    private void countLongTerm(ParticipantState s, LocalDate assistanceSince, LocalDate on) {
        LocalDate longTerm = LongTermAssistance.from(assistanceSince);
        s.longTermFrom = longTerm.isAfter(on) ? longTerm : on;
        facts.add(Stat.LONG_TERM_ASSISTANCE, s.longTermFrom, s.dims(), 1);
    }

    private void reconcile(ParticipantState s, ParticipantEnrolled e, LocalDate on) {
        Dims before = s.dims();
        s.gender = e.gender();
        s.ageBand = e.ageBand();
        s.swedishLevel = e.swedishLevel();
        s.supportObstacle = e.supportObstacle();
        if (!before.equals(s.dims())) {
            moveStocks(s, before, s.dims(), on);
        }
        if (s.longTermFrom == null && e.assistanceSince() != null) {
            countLongTerm(s, e.assistanceSince(), on);
        }
    }

    private void attributesChanged(ParticipantAttributesChanged e, LocalDate on) {
        ParticipantState s = state(e.participantId());
        if (s == null) {
            return;
        }
        if (e.swedishLevel() != null) {
            s.swedishLevel = e.swedishLevel();
        }
        if (e.supportObstacle() != null) {
            s.supportObstacle = e.supportObstacle();
        }
        String gender = e.gender() != null ? e.gender() : s.gender;
        String ageBand = e.ageBand() != null ? e.ageBand() : s.ageBand;
        if (gender.equals(s.gender) && ageBand.equals(s.ageBand)) {
            return;
        }
        // The stocks move to the new breakdown from the day of the change; flows already counted stay.
        Dims before = s.dims();
        s.gender = gender;
        s.ageBand = ageBand;
        moveStocks(s, before, s.dims(), on);
    }

    private void transferred(ParticipantTransferred e) {
        ParticipantState s = state(e.participantId());
        String toUnit = e.toUnit();
        if (s == null || toUnit.equals(s.unit)) {
            return;
        }
        Dims before = s.dims();
        s.unit = toUnit;
        moveStocks(s, before, s.dims(), e.on());
    }

    private void moveStocks(ParticipantState s, Dims from, Dims to, LocalDate on) {
        if (s.active && !s.paused) {
            facts.add(Stat.ACTIVE, on, from, -1);
            facts.add(Stat.ACTIVE, on, to, 1);
        }
        if (s.active && s.longTermFrom != null) {
            // The +1 sits on longTermFrom (maybe still ahead); move it from that day or from today.
            LocalDate day = s.longTermFrom.isAfter(on) ? s.longTermFrom : on;
            facts.add(Stat.LONG_TERM_ASSISTANCE, day, from, -1);
            facts.add(Stat.LONG_TERM_ASSISTANCE, day, to, 1);
        }
    }

    private void paused(UUID id, LocalDate on, boolean pause) {
        ParticipantState s = state(id);
        if (s == null || !s.active || s.paused == pause) {
            return;
        }
        s.paused = pause;
        facts.add(Stat.ACTIVE, on, s.dims(), pause ? -1 : 1);
    }

    private void interventionStarted(InterventionStarted e) {
        ParticipantState s = state(e.participantId());
        if (s == null) {
            return;
        }
        LocalDate on = e.startedOn();
        String kind = e.kind();
        String category = e.category() != null ? e.category() : "";
        Dims dims = s.dims().kind(kind);
        facts.add(Stat.INTERVENTIONS_STARTED, on, dims, 1);
        if ("anstallning-med-stod".equals(category)) {
            facts.add(Stat.SUPPORTED_EMPLOYMENTS_STARTED, on, dims, 1);
            // Uppsala 4.2: long-term assistance (longTermFrom is its first day here) and unemployment as the
            // obstacle when the employment starts.
            if (s.longTermFrom != null && !s.longTermFrom.isAfter(on) && UNEMPLOYMENT.equals(s.supportObstacle)) {
                facts.add(Stat.LONG_TERM_UNEMPLOYED_EMPLOYMENTS_STARTED, on, dims, 1);
            }
        }
        if ("praktik".equals(category) && !"feriepraktik".equals(kind)) {
            facts.add(Stat.INTERNSHIPS_STARTED, on, dims, 1);
        }
        if ("studievagledning".equals(kind) || "vagledning".equals(category)) {
            facts.add(Stat.STUDY_GUIDANCE_STARTED, on, dims, 1);
        }
        if ("feriepraktik".equals(kind)) {
            facts.add(Stat.SUMMER_JOBS_STARTED, on, dims, 1);
        }
        if (SE_KINDS.contains(kind)) {
            facts.add(Stat.SE_STARTED, on, dims, 1);
        }
        if (s.active && s.firstInterventionOn == null && s.enrolledOn != null) {
            s.firstInterventionOn = on;
            int days = (int) Math.max(0, ChronoUnit.DAYS.between(s.enrolledOn, on));
            facts.add(Stat.DAYS_TO_FIRST_INTERVENTION, on, s.dims(), days, 1);
        }
    }

    private void exited(ParticipantExited e) {
        ParticipantState s = state(e.participantId());
        if (s == null || !s.active) {
            return;
        }
        LocalDate on = e.exitedOn();
        String reason = e.reason();
        facts.add(Stat.EXITS, on, s.dims().kind(reason), 1);
        if (WORK_OR_STUDIES.contains(reason)) {
            facts.add(Stat.EXITS_TO_WORK_OR_STUDIES, on, s.dims().kind(reason), 1);
            if (SFI_1.equals(s.swedishLevel)) {
                facts.add(Stat.SFI_1_EXITS_TO_WORK_OR_STUDIES, on, s.dims().kind(reason), 1);
            }
        }
        if ("arbete".equals(reason)) {
            facts.add(Stat.EXITS_TO_SELF_SUFFICIENCY, on, s.dims().kind(reason), 1);
        }
        if (!s.paused) {
            facts.add(Stat.ACTIVE, on, s.dims(), -1);
        }
        if (s.longTermFrom != null) {
            // Counted from longTermFrom; an exit before that date cancels the future +1 instead.
            facts.add(Stat.LONG_TERM_ASSISTANCE, s.longTermFrom.isAfter(on) ? s.longTermFrom : on, s.dims(), -1);
            s.longTermFrom = null;
        }
        s.active = false;
        s.paused = false;
        s.exitedOn = on;
    }

    private void projectMembership(ProjectMembershipChanged e, LocalDate eventDay) {
        UUID id = e.participantId();
        String project = e.project();
        String subProject = e.subProject() != null ? e.subProject() : "";
        boolean member = e.member();
        boolean onAssistance = e.onAssistance();
        LocalDate on = e.on() != null ? e.on() : eventDay;
        ParticipantState s = state(id);
        Dims dims = s == null ? new Dims("", e.unit(), "", "", "") : s.dims();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                "select member, sub_project from project_membership where participant_id = :id and project = :p")
                .setParameter("id", id).setParameter("p", project).getResultList();
        boolean wasMember = !rows.isEmpty() && Boolean.TRUE.equals(rows.get(0)[0]);
        String oldSub = rows.isEmpty() ? subProject : (String) rows.get(0)[1];
        em.createNativeQuery("""
                insert into project_membership (participant_id, project, sub_project, on_assistance, member)
                values (:id, :p, :sp, :a, :m) on conflict (participant_id, project)
                do update set sub_project = excluded.sub_project, on_assistance = excluded.on_assistance,
                member = excluded.member""")
                .setParameter("id", id).setParameter("p", project).setParameter("sp", subProject)
                .setParameter("a", onAssistance).setParameter("m", member).executeUpdate();
        if (member == wasMember) {
            return;
        }
        // The project dimension is the project, the kind dimension its sub-project (IRIS: USB, INSAM …).
        if (member) {
            Dims in = dims.project(project).kind(subProject);
            facts.add(Stat.PROJECT_PARTICIPANTS, on, in, 1);
            facts.add(Stat.PROJECT_JOINED, on, in, 1);
            if (onAssistance) {
                facts.add(Stat.PROJECT_JOINED_ON_ASSISTANCE, on, in, 1);
            }
        } else {
            facts.add(Stat.PROJECT_PARTICIPANTS, on, dims.project(project).kind(oldSub), -1);
        }
    }

    /** Forget the pseudonym's links; the aggregates it contributed to stay (docs/events/README.md). */
    private void erased(UUID id) {
        facts.countOnce(); // an enrolment earlier in this transaction still counts, as it would have alone
        for (String table : List.of("participant_state", "participant_counted", "project_membership")) {
            em.createNativeQuery("delete from " + table + " where participant_id = :id").setParameter("id", id)
                    .executeUpdate();
        }
        em.createNativeQuery("update match_state set participant_id = null where participant_id = :id")
                .setParameter("id", id).executeUpdate();
    }
}
