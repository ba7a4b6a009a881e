package se.arbetsmarknad.participant.participant;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import se.arbetsmarknad.participant.common.Actor;
import se.arbetsmarknad.platform.problem.ProblemException;

/**
 * Who may see which participant: a case officer those whose latest enrolment is in their own unit,
 * and a participant with protected identity (skyddad identitet) only their responsible officer; admin
 * all. Anyone else gets the same 404 as for an id that does not exist, so nothing hints that the person
 * is registered. Erased participants exist for nobody but admin.
 */
@ApplicationScoped
public class Access {

    public record Loaded(Participant participant, Enrolment enrolment) {
        public UUID id() {
            return participant.id;
        }
    }

    public Loaded load(Actor actor, UUID id) {
        return load(actor, id, false);
    }

    /** @param forUpdate lock the participant row: commands on one participant run one at a time */
    public Loaded load(Actor actor, UUID id, boolean forUpdate) {
        Participant p = forUpdate ? Participant.findById(id, LockModeType.PESSIMISTIC_WRITE) : Participant.findById(id);
        if (p == null) {
            throw notFound();
        }
        Enrolment e = Enrolment.latest(id);
        if (e == null || !maySee(actor, p, e)) {
            throw notFound();
        }
        return new Loaded(p, e);
    }

    public static boolean maySee(Actor actor, Participant p, Enrolment latest) {
        if (actor.admin()) {
            return true;
        }
        if (!actor.caseOfficer() || p.erasedAt != null || actor.unit().isEmpty()) {
            return false;
        }
        if (!actor.unit().get().equals(latest.unit)) {
            return false;
        }
        return !p.protectedIdentity || actor.username().equals(latest.officer);
    }

    public static ProblemException notFound() {
        return ProblemException.notFound("Deltagaren / The participant");
    }
}
