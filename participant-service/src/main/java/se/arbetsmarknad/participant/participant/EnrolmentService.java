package se.arbetsmarknad.participant.participant;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import se.arbetsmarknad.participant.audit.AuditLog;
import se.arbetsmarknad.participant.common.Actor;
import se.arbetsmarknad.participant.common.AgeBands;
import se.arbetsmarknad.participant.common.IdentityCrypto;
import se.arbetsmarknad.participant.common.Personnummer;
import se.arbetsmarknad.participant.participant.ParticipantDtos.Attributes;
import se.arbetsmarknad.participant.participant.ParticipantDtos.EnrolRequest;
import se.arbetsmarknad.participant.participant.ParticipantDtos.EnrolResult;
import se.arbetsmarknad.participant.participant.ParticipantDtos.ParticipantView;
import se.arbetsmarknad.platform.http.Versions;
import se.arbetsmarknad.platform.problem.ProblemException;
import se.arbetsmarknad.platform.time.SuiteClock;

/**
 * Inskrivning: a person (personnummer or samordningsnummer) is registered and enrolled in a unit, or a former
 * participant re-opened; and the participant's attributes changed later. Each command is one transaction:
 * validation first, then the change, its audit row and its events.
 */
@ApplicationScoped
public class EnrolmentService {

    @Inject
    EntityManager em;
    @Inject
    SuiteClock clock;
    @Inject
    IdentityCrypto crypto;
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

    /** A validated enrolment, ready to write; {@code existing} is set for a former participant (re-opening). */
    public record Prepared(Personnummer personnummer, String personKey, String unit, String officer, LocalDate enrolledOn,
            Attributes attributes, UUID existing, UUID previousEnrolment) {
    }

    @Transactional
    public EnrolResult enrol(Actor actor, EnrolRequest request) {
        return apply(actor, prepare(actor, request));
    }

    /** Every check an enrolment needs, without writing anything (bulk enrolment validates all rows first). */
    @Transactional
    public Prepared prepare(Actor actor, EnrolRequest request) {
        LocalDate on = clock.orToday(request.enrolledOn(), "enrolledOn");
        Personnummer pnr = Personnummer.parse(request.personnummer(), clock.today(), "personnummer");
        if (AgeBands.age(pnr.birthDate(), on) < AgeBands.MIN_AGE) {
            throw ProblemException.invalid("personnummer", "deltagaren ska vara minst " + AgeBands.MIN_AGE
                    + " år vid inskrivningen / the participant must be at least " + AgeBands.MIN_AGE);
        }
        String unit = rules.unitFor(actor, request.unit(), "unit");
        String officer = EnrolmentRules.officerFor(actor, request.officer(), "officer");
        Attributes attributes = request.attributes() == null ? EnrolmentRules.emptyAttributes() : request.attributes();
        rules.checkAttributes(attributes);
        String key = crypto.lookupKey(pnr);
        ParticipantIdentity identity = ParticipantIdentity.find("personKey", key).firstResult();
        if (identity == null) {
            return new Prepared(pnr, key, unit, officer, on, attributes, null, null);
        }
        Enrolment latest = Enrolment.latest(identity.participantId);
        if (latest != null && latest.open()) {
            // A person has at most one open enrolment; the rule itself is public, the unit is not named.
            throw ProblemException.conflict("personnummer",
                    "personen har redan en öppen inskrivning / the person already has an open enrolment");
        }
        if (latest != null && on.isBefore(latest.exitedOn)) {
            throw ProblemException.invalid("enrolledOn", "före förra avslutet / before the previous exit");
        }
        return new Prepared(pnr, key, unit, officer, on, attributes, identity.participantId, latest == null ? null : latest.id);
    }

    @Transactional
    public EnrolResult apply(Actor actor, Prepared prepared) {
        if (prepared.existing() != null) {
            Participant p = em.find(Participant.class, prepared.existing(), LockModeType.PESSIMISTIC_WRITE);
            ParticipantIdentity identity = ParticipantIdentity.findById(p.id);
            EnrolmentRules.applyAttributes(p, identity, prepared.attributes(), prepared.personnummer().gender());
            Enrolment e = rules.newEnrolment(p, prepared.unit(), prepared.officer(), prepared.enrolledOn(), prepared.previousEnrolment());
            rules.history(actor, e, "reopened", null, e.unit, null, e.officer, null, e.enrolledOn);
            events.reopened(p, e, prepared.previousEnrolment());
            events.enrolled(p, e, true);
            audit.record(actor, "reopened", p.id, "återaktualiserad via inskrivning / re-opened by enrolment");
            return new EnrolResult(p.id, e.id, true);
        }
        Participant p = new Participant();
        p.id = UUID.randomUUID(); // the pseudonym: random, never derived from the personnummer
        p.birthDate = prepared.personnummer().birthDate();
        p.createdAt = clock.instant();
        ParticipantIdentity identity = new ParticipantIdentity();
        identity.participantId = p.id;
        identity.personKey = prepared.personKey();
        identity.personnummerEncrypted = crypto.encrypt(prepared.personnummer().canonical());
        identity.coordinationNumber = prepared.personnummer().coordinationNumber();
        EnrolmentRules.applyAttributes(p, identity, prepared.attributes(), prepared.personnummer().gender());
        em.persist(p);
        em.persist(identity);
        try {
            em.flush();
        } catch (org.hibernate.exception.ConstraintViolationException e) {
            if (e.getConstraintName() != null && e.getConstraintName().contains("person_key")) {
                throw ProblemException.conflict("personnummer", "personen registrerades samtidigt / registered concurrently");
            }
            throw e;
        }
        Enrolment e = rules.newEnrolment(p, prepared.unit(), prepared.officer(), prepared.enrolledOn(), null);
        rules.history(actor, e, "enrolled", null, e.unit, null, e.officer, null, e.enrolledOn);
        events.enrolled(p, e, false);
        audit.record(actor, "enrolled", p.id, "inskriven / enrolled");
        return new EnrolResult(p.id, e.id, false);
    }

    @Transactional
    public ParticipantView updateAttributes(Actor actor, UUID id, String ifMatch, Attributes attributes) {
        Access.Loaded l = access.load(actor, id, true);
        Participant p = l.participant();
        Versions.require(ifMatch, p.version);
        rules.checkAttributes(attributes);
        EnrolmentRules.applyAttributes(p, ParticipantIdentity.findById(id), attributes, p.gender.charAt(0));
        em.lock(p, LockModeType.PESSIMISTIC_FORCE_INCREMENT); // names live in another table: the version still moves
        em.flush();
        events.attributesChanged(p, l.enrolment(), clock.today());
        audit.record(actor, "attributes-changed", id, "ändrade uppgifter / changed attributes");
        return views.view(p, l.enrolment());
    }
}
