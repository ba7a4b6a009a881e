package se.arbetsmarknad.reporting.readmodel;

import static se.arbetsmarknad.reporting.readmodel.Payload.date;
import static se.arbetsmarknad.reporting.readmodel.Payload.text;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;

import se.arbetsmarknad.platform.events.CloudEvent;

/**
 * Applies participant.events.v1 to the counters. Keeps, per pseudonymous participant, only the
 * breakdown (unit, gender, age band) and the dates needed to place later events; never a name or
 * personnummer. Idempotent by construction: every transition checks the state it comes from.
 */
@ApplicationScoped
public class ParticipantProjection {

    /** Long-term assistance: assistance in at least 10 of the last 12 months (socialtjänstens definition). */
    static final int LONG_TERM_MONTHS = 10;
    private static final Set<String> WORK_OR_STUDIES = Set.of("arbete", "studier");
    private static final Set<String> SE_KINDS = Set.of("supported-employment", "ips");

    @Inject
    EntityManager em;
    @Inject
    Facts facts;

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(CloudEvent event) {
        JsonNode d = event.data();
        UUID id = UUID.fromString(text(d, "participantId"));
        LocalDate eventDay = event.time().toLocalDate();
        switch (event.type()) {
            case "participant.enrolled" -> enrolled(id, d);
            case "participant.reopened" -> reopened(id, d);
            case "participant.attributes-changed" -> attributesChanged(id, d, date(d, "on", eventDay));
            case "participant.transferred" -> transferred(id, d);
            case "participant.paused" -> paused(id, date(d, "on", eventDay), true);
            case "participant.resumed" -> paused(id, date(d, "on", eventDay), false);
            case "participant.intervention-started" -> interventionStarted(id, d);
            case "participant.exited" -> exited(id, d);
            case "participant.project-membership-changed" -> projectMembership(id, d, eventDay);
            case "participant.erased" -> erased(id);
            default -> {
                // plan-updated, intervention-ended and newer types carry nothing these statistics count
            }
        }
    }

    private void enrolled(UUID id, JsonNode d) {
        ParticipantState s = em.find(ParticipantState.class, id);
        LocalDate on = date(d, "enrolledOn", null);
        UUID enrolment = Payload.uuid(d, "enrolmentId");
        if (s != null && s.active) {
            if (enrolment != null && enrolment.equals(s.enrolmentId)) {
                // participant-service follows participant.reopened with participant.enrolled (reopened=true)
                // for the same enrolment: take the attributes it carries.
                reconcile(s, d, on);
            }
            return;
        }
        boolean fresh = s == null;
        if (fresh) {
            s = new ParticipantState();
            s.participantId = id;
        }
        s.enrolmentId = enrolment;
        s.unit = text(d, "unit");
        s.gender = text(d, "gender");
        s.ageBand = text(d, "ageBand");
        s.enrolledOn = on;
        if (fresh) {
            em.persist(s);
        }
        activate(s, on, Payload.optionalDate(d, "assistanceSince"));
    }

    private void reopened(UUID id, JsonNode d) {
        ParticipantState s = em.find(ParticipantState.class, id);
        if (s == null || s.active) {
            return; // unknown pseudonym (erased) or already active again
        }
        s.enrolmentId = Payload.uuid(d, "enrolmentId");
        if (d.hasNonNull("unit")) {
            s.unit = text(d, "unit");
        }
        activate(s, date(d, "reopenedOn", null), null);
    }

    private void activate(ParticipantState s, LocalDate on, LocalDate assistanceSince) {
        s.enrolledOn = on;
        s.active = true;
        s.paused = false;
        s.exitedOn = null;
        s.firstInterventionOn = null;
        facts.add(Stat.ACTIVE, on, s.dims(), 1);
        int counted = em.createNativeQuery("""
                insert into participant_counted (participant_id, statistic, year) values (:id, :s, :y)
                on conflict do nothing""")
                .setParameter("id", s.participantId).setParameter("s", Stat.ENROLLED_UNIQUE)
                .setParameter("y", on.getYear()).executeUpdate();
        if (counted == 1) {
            facts.add(Stat.ENROLLED_UNIQUE, on, s.dims(), 1);
        }
        s.longTermFrom = null;
        if (assistanceSince != null) {
            LocalDate longTerm = assistanceSince.plusMonths(LONG_TERM_MONTHS);
            s.longTermFrom = longTerm.isAfter(on) ? longTerm : on;
            facts.add(Stat.LONG_TERM_ASSISTANCE, s.longTermFrom, s.dims(), 1);
        }
    }

    private void reconcile(ParticipantState s, JsonNode d, LocalDate on) {
        Dims before = s.dims();
        s.gender = text(d, "gender");
        s.ageBand = text(d, "ageBand");
        if (!before.equals(s.dims())) {
            moveStocks(s, before, s.dims(), on);
        }
        LocalDate assistanceSince = Payload.optionalDate(d, "assistanceSince");
        if (s.longTermFrom == null && assistanceSince != null) {
            LocalDate longTerm = assistanceSince.plusMonths(LONG_TERM_MONTHS);
            s.longTermFrom = longTerm.isAfter(on) ? longTerm : on;
            facts.add(Stat.LONG_TERM_ASSISTANCE, s.longTermFrom, s.dims(), 1);
        }
    }

    private void attributesChanged(UUID id, JsonNode d, LocalDate on) {
        ParticipantState s = em.find(ParticipantState.class, id);
        if (s == null) {
            return;
        }
        String gender = d.hasNonNull("gender") ? text(d, "gender") : s.gender;
        String ageBand = d.hasNonNull("ageBand") ? text(d, "ageBand") : s.ageBand;
        if (gender.equals(s.gender) && ageBand.equals(s.ageBand)) {
            return;
        }
        // The stocks move to the new breakdown from the day of the change; flows already counted stay.
        Dims before = s.dims();
        s.gender = gender;
        s.ageBand = ageBand;
        moveStocks(s, before, s.dims(), on);
    }

    private void transferred(UUID id, JsonNode d) {
        ParticipantState s = em.find(ParticipantState.class, id);
        String toUnit = text(d, "toUnit");
        if (s == null || toUnit.equals(s.unit)) {
            return;
        }
        Dims before = s.dims();
        s.unit = toUnit;
        moveStocks(s, before, s.dims(), date(d, "on", null));
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
        ParticipantState s = em.find(ParticipantState.class, id);
        if (s == null || !s.active || s.paused == pause) {
            return;
        }
        s.paused = pause;
        facts.add(Stat.ACTIVE, on, s.dims(), pause ? -1 : 1);
    }

    private void interventionStarted(UUID id, JsonNode d) {
        ParticipantState s = em.find(ParticipantState.class, id);
        if (s == null) {
            return;
        }
        LocalDate on = date(d, "startedOn", null);
        String kind = text(d, "kind");
        String category = d.path("category").asText("");
        Dims dims = s.dims().kind(kind);
        facts.add(Stat.INTERVENTIONS_STARTED, on, dims, 1);
        if ("anstallning-med-stod".equals(category)) {
            facts.add(Stat.SUPPORTED_EMPLOYMENTS_STARTED, on, dims, 1);
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

    private void exited(UUID id, JsonNode d) {
        ParticipantState s = em.find(ParticipantState.class, id);
        if (s == null || !s.active) {
            return;
        }
        LocalDate on = date(d, "exitedOn", null);
        String reason = text(d, "reason");
        facts.add(Stat.EXITS, on, s.dims().kind(reason), 1);
        if (WORK_OR_STUDIES.contains(reason)) {
            facts.add(Stat.EXITS_TO_WORK_OR_STUDIES, on, s.dims().kind(reason), 1);
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

    private void projectMembership(UUID id, JsonNode d, LocalDate eventDay) {
        String project = text(d, "project");
        String subProject = d.path("subProject").asText("");
        boolean member = d.path("member").asBoolean();
        boolean onAssistance = d.path("onAssistance").asBoolean();
        LocalDate on = date(d, "on", eventDay);
        ParticipantState s = em.find(ParticipantState.class, id);
        Dims dims = s == null ? new Dims("", text(d, "unit"), "", "", "") : s.dims();
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
        for (String table : List.of("participant_state", "participant_counted", "project_membership")) {
            em.createNativeQuery("delete from " + table + " where participant_id = :id").setParameter("id", id)
                    .executeUpdate();
        }
        em.createNativeQuery("update match_state set participant_id = null where participant_id = :id")
                .setParameter("id", id).executeUpdate();
    }
}
