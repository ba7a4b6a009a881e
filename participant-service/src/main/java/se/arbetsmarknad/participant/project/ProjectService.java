package se.arbetsmarknad.participant.project;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.arbetsmarknad.participant.audit.AuditLog;
import se.arbetsmarknad.participant.common.Actor;
import se.arbetsmarknad.participant.participant.Access;
import se.arbetsmarknad.participant.participant.ParticipantEvents;
import se.arbetsmarknad.platform.problem.ProblemException;
import se.arbetsmarknad.platform.time.SuiteClock;

/** Membership in externally funded projects and sub-projects; a member of a sub-project counts for its project. */
@ApplicationScoped
public class ProjectService {

    @Inject
    Access access;
    @Inject
    SuiteClock clock;
    @Inject
    ParticipantEvents events;
    @Inject
    AuditLog audit;

    public record ProjectView(@Schema(example = "iris-usb") String code, @Schema(example = "iris") String parentCode,
            @Schema(example = "USB – Unga som behöver stöd") String name, @Schema(example = "ESF") String funder) {
    }

    public record MembershipView(@Schema(example = "iris-usb") String project, LocalDate joinedOn, LocalDate leftOn) {
    }

    public record MembershipRequest(@Schema(description = "Dag / day", example = "2026-11-23") @NotNull(message = "saknas / is required") LocalDate on) {
    }

    public List<ProjectView> projects() {
        return Project.<Project>list("order by coalesce(parentCode, code), parentCode nulls first, code").stream()
                .map(p -> new ProjectView(p.code, p.parentCode, p.name, p.funder)).toList();
    }

    @Transactional
    public List<MembershipView> memberships(Actor actor, UUID participantId) {
        access.load(actor, participantId);
        audit.record(actor, "read-projects", participantId, null);
        return ProjectMembership.<ProjectMembership>list("participantId = ?1 order by joinedOn", participantId).stream()
                .map(m -> new MembershipView(m.projectCode, m.joinedOn, m.leftOn)).toList();
    }

    @Transactional
    public MembershipView join(Actor actor, UUID participantId, String code, LocalDate day) {
        Project project = project(code);
        Access.Loaded l = access.load(actor, participantId, true);
        if (!l.enrolment().open()) {
            throw ProblemException.conflict("status", "inskrivningen är avslutad / the enrolment is closed");
        }
        LocalDate on = clock.orToday(day, "on");
        if (ProjectMembership.count("participantId = ?1 and projectCode = ?2 and leftOn is null", participantId, code) > 0) {
            throw ProblemException.conflict("project", "redan med i projektet / already a member");
        }
        ProjectMembership m = new ProjectMembership();
        m.id = UUID.randomUUID();
        m.participantId = participantId;
        m.projectCode = code;
        m.joinedOn = on;
        m.persist();
        m.flush();
        publish(l, project, true, on);
        audit.record(actor, "project-joined", participantId, code);
        return new MembershipView(code, on, null);
    }

    @Transactional
    public MembershipView leave(Actor actor, UUID participantId, String code, LocalDate day) {
        Project project = project(code);
        Access.Loaded l = access.load(actor, participantId, true);
        ProjectMembership m = ProjectMembership.find("participantId = ?1 and projectCode = ?2 and leftOn is null",
                participantId, code).firstResult();
        if (m == null) {
            throw ProblemException.conflict("project", "inte med i projektet / not a member");
        }
        LocalDate on = clock.orToday(day, "on");
        if (on.isBefore(m.joinedOn)) {
            throw ProblemException.invalid("on", "före starten i projektet / before joining");
        }
        m.leftOn = on;
        m.flush();
        publish(l, project, false, on);
        audit.record(actor, "project-left", participantId, code);
        return new MembershipView(code, m.joinedOn, on);
    }

    private void publish(Access.Loaded l, Project project, boolean member, LocalDate on) {
        boolean sub = project.parentCode != null;
        events.projectMembership(l.participant(), l.enrolment(), sub ? project.parentCode : project.code,
                sub ? project.code : null, member, on);
    }

    /** The project the path names: an unknown code is a thing that does not exist (404), like an unknown id. */
    private static Project project(String code) {
        Project p = Project.findById(code);
        if (p == null) {
            throw ProblemException.notFound("Projektet / The project (GET /api/projects)");
        }
        return p;
    }
}
