package se.arbetsmarknad.participant.participant;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import se.arbetsmarknad.participant.common.Actor;
import se.arbetsmarknad.platform.problem.ProblemException;
import se.arbetsmarknad.platform.security.UnitScope;

/**
 * Who may see which participant: those whose latest enrolment is in the actor's unit scope (the platform's
 * one unit rule: a case officer their own unit, admin every unit), and a participant with protected identity
 * (skyddad identitet) only their responsible officer; admin all. Individual data is for case officers and
 * admin only. Anyone else gets the same 404 as for an id that does not exist, so nothing hints that the
 * person is registered. Erased participants exist for nobody but admin.
 *
 * <p>The rule exists once, in two forms that cannot disagree: {@link #maySee} for one participant and
 * {@link #visible} as the SQL condition of a list.
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

    /** The rule for one participant and their latest enrolment. */
    public static boolean maySee(Actor actor, Participant p, Enrolment latest) {
        if (!actor.scope().includes(latest.unit)) {
            return false;
        }
        if (actor.admin()) {
            return true;
        }
        if (!actor.caseOfficer() || p.erasedAt != null) {
            return false;
        }
        return !p.protectedIdentity || actor.username().equals(latest.officer);
    }

    /**
     * The same rule as a SQL condition over the latest enrolment {@code e} and the participant {@code p}
     * ({@code enrolment} and {@code participant} rows), with its bind parameters.
     */
    public static UnitScope.Predicate visible(Actor actor, String e, String p) {
        UnitScope.Predicate unit = actor.scope().sql(e + ".unit");
        if (actor.admin()) {
            return unit;
        }
        if (!actor.caseOfficer()) {
            return UnitScope.NONE.sql(e + ".unit");
        }
        Map<String, Object> parameters = new HashMap<>(unit.parameters());
        parameters.put("scopeOfficer", actor.username());
        return new UnitScope.Predicate(p + ".erased_at is null and " + unit.sql() + " and (not " + p
                + ".protected_identity or " + e + ".officer = :scopeOfficer)", Map.copyOf(parameters));
    }

    public static ProblemException notFound() {
        return ProblemException.notFound("Deltagaren / The participant");
    }
}
