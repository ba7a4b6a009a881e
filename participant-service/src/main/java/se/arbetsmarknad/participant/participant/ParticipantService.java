package se.arbetsmarknad.participant.participant;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
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
import se.arbetsmarknad.participant.common.ParticipantConfig;
import se.arbetsmarknad.participant.common.Personnummer;
import se.arbetsmarknad.participant.common.Today;
import se.arbetsmarknad.platform.http.Versions;
import se.arbetsmarknad.participant.intervention.InterventionService;
import se.arbetsmarknad.participant.participant.ParticipantDtos.Attributes;
import se.arbetsmarknad.participant.participant.ParticipantDtos.EnrolRequest;
import se.arbetsmarknad.participant.participant.ParticipantDtos.EnrolResult;
import se.arbetsmarknad.participant.participant.ParticipantDtos.EnrolmentView;
import se.arbetsmarknad.participant.participant.ParticipantDtos.EnrolmentWithHistory;
import se.arbetsmarknad.participant.participant.ParticipantDtos.ExitRequest;
import se.arbetsmarknad.participant.participant.ParticipantDtos.HistoryEntry;
import se.arbetsmarknad.participant.participant.ParticipantDtos.ParticipantView;
import se.arbetsmarknad.participant.participant.ParticipantDtos.ReopenRequest;
import se.arbetsmarknad.participant.participant.ParticipantDtos.TransferRequest;
import se.arbetsmarknad.platform.problem.ProblemException;

/**
 * Inskrivning, attributes and the enrolment lifecycle (transfer, pause, exit, återaktualisering). Each
 * command is one transaction: validation first, then the change, its audit row and its events.
 */
@ApplicationScoped
public class ParticipantService {

    @Inject
    EntityManager em;
    @Inject
    IdentityCrypto crypto;
    @Inject
    ParticipantConfig config;
    @Inject
    Access access;
    @Inject
    ParticipantEvents events;
    @Inject
    AuditLog audit;
    @Inject
    InterventionService interventions;

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
        LocalDate on = Today.orToday(request.enrolledOn(), "enrolledOn");
        Personnummer pnr = Personnummer.parse(request.personnummer(), Today.get(), "personnummer");
        if (AgeBands.age(pnr.birthDate(), on) < AgeBands.MIN_AGE) {
            throw ProblemException.invalid("personnummer", "deltagaren ska vara minst " + AgeBands.MIN_AGE
                    + " år vid inskrivningen / the participant must be at least " + AgeBands.MIN_AGE);
        }
        String unit = unitFor(actor, request.unit(), "unit");
        String officer = officerFor(actor, request.officer(), "officer");
        Attributes attributes = request.attributes() == null ? emptyAttributes() : request.attributes();
        checkAttributes(attributes);
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
            applyAttributes(p, identity, prepared.attributes(), prepared.personnummer().gender());
            Enrolment e = newEnrolment(p, prepared.unit(), prepared.officer(), prepared.enrolledOn(), prepared.previousEnrolment());
            history(actor, e, "reopened", null, e.unit, null, e.officer, null, e.enrolledOn);
            events.reopened(p, e, prepared.previousEnrolment());
            events.enrolled(p, e, true);
            audit.record(actor, "reopened", p.id, "återaktualiserad via inskrivning / re-opened by enrolment");
            return new EnrolResult(p.id, e.id, true);
        }
        Participant p = new Participant();
        p.id = UUID.randomUUID(); // the pseudonym: random, never derived from the personnummer
        p.birthDate = prepared.personnummer().birthDate();
        p.createdAt = Instant.now();
        ParticipantIdentity identity = new ParticipantIdentity();
        identity.participantId = p.id;
        identity.personKey = prepared.personKey();
        identity.personnummerEncrypted = crypto.encrypt(prepared.personnummer().canonical());
        identity.coordinationNumber = prepared.personnummer().coordinationNumber();
        applyAttributes(p, identity, prepared.attributes(), prepared.personnummer().gender());
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
        Enrolment e = newEnrolment(p, prepared.unit(), prepared.officer(), prepared.enrolledOn(), null);
        history(actor, e, "enrolled", null, e.unit, null, e.officer, null, e.enrolledOn);
        events.enrolled(p, e, false);
        audit.record(actor, "enrolled", p.id, "inskriven / enrolled");
        return new EnrolResult(p.id, e.id, false);
    }

    @Transactional
    public ParticipantView get(Actor actor, UUID id) {
        Access.Loaded l = access.load(actor, id);
        audit.record(actor, "read", id, "läste deltagaren / read the participant");
        return view(l.participant(), l.enrolment());
    }

    @Transactional
    public ParticipantView search(Actor actor, String personnummer) {
        Personnummer pnr = Personnummer.parse(personnummer, Today.get(), "personnummer");
        ParticipantIdentity identity = ParticipantIdentity.find("personKey", crypto.lookupKey(pnr)).firstResult();
        if (identity == null) {
            throw Access.notFound();
        }
        Access.Loaded l = access.load(actor, identity.participantId);
        audit.record(actor, "search", l.id(), "sökte på personnummer / searched by personnummer");
        return view(l.participant(), l.enrolment());
    }

    @Transactional
    public ParticipantView updateAttributes(Actor actor, UUID id, String ifMatch, Attributes attributes) {
        Access.Loaded l = access.load(actor, id, true);
        Participant p = l.participant();
        Versions.require(ifMatch, p.version);
        checkAttributes(attributes);
        applyAttributes(p, ParticipantIdentity.findById(id), attributes, p.gender.charAt(0));
        em.lock(p, LockModeType.PESSIMISTIC_FORCE_INCREMENT); // names live in another table: the version still moves
        em.flush();
        events.attributesChanged(p, l.enrolment(), Today.get());
        audit.record(actor, "attributes-changed", id, "ändrade uppgifter / changed attributes");
        return view(p, l.enrolment());
    }

    @Transactional
    public ParticipantView transfer(Actor actor, UUID id, TransferRequest request) {
        Access.Loaded l = openEnrolment(actor, id);
        Enrolment e = l.enrolment();
        LocalDate on = Today.orToday(request.on(), "on");
        notBefore(on, e.enrolledOn, "on");
        String toUnit = request.toUnit() == null ? e.unit : knownUnit(request.toUnit(), "toUnit");
        String fromUnit = e.unit;
        String fromOfficer = e.officer;
        if (toUnit.equals(fromUnit) && request.toOfficer().equals(fromOfficer)) {
            throw ProblemException.invalid("toOfficer", "samma enhet och handläggare som nu / same unit and officer as now");
        }
        e.unit = toUnit;
        e.officer = request.toOfficer();
        history(actor, e, "transferred", fromUnit, toUnit, fromOfficer, e.officer, null, on);
        if (!toUnit.equals(fromUnit)) {
            events.transferred(l.participant(), e, fromUnit, on);
        }
        audit.record(actor, "transferred", id, "överflyttad / transferred");
        em.flush();
        return view(l.participant(), e);
    }

    @Transactional
    public ParticipantView pause(Actor actor, UUID id, LocalDate day, boolean pause) {
        Access.Loaded l = openEnrolment(actor, id);
        Enrolment e = l.enrolment();
        LocalDate on = Today.orToday(day, "on");
        notBefore(on, pause ? e.enrolledOn : e.pausedOn, "on");
        Enrolment.Status from = pause ? Enrolment.Status.ACTIVE : Enrolment.Status.PAUSED;
        if (e.status != from) {
            throw ProblemException.conflict("status", pause ? "inskrivningen är redan pausad / already paused"
                    : "inskrivningen är inte pausad / not paused");
        }
        e.status = pause ? Enrolment.Status.PAUSED : Enrolment.Status.ACTIVE;
        e.pausedOn = pause ? on : null;
        history(actor, e, pause ? "paused" : "resumed", null, null, null, null, null, on);
        events.simple(l.participant(), e, pause ? "participant.paused" : "participant.resumed", on);
        audit.record(actor, pause ? "paused" : "resumed", id, null);
        em.flush();
        return view(l.participant(), e);
    }

    @Transactional
    public ParticipantView exit(Actor actor, UUID id, ExitRequest request) {
        Access.Loaded l = openEnrolment(actor, id);
        Enrolment e = l.enrolment();
        LocalDate on = Today.orToday(request.on(), "on");
        notBefore(on, e.enrolledOn, "on");
        interventions.endAllOpen(actor, l, on);
        e.status = Enrolment.Status.EXITED;
        e.exitedOn = on;
        e.exitReason = request.reason();
        e.exitComment = request.comment();
        history(actor, e, "exited", null, null, null, null, request.reason(), on);
        events.exited(l.participant(), e);
        audit.record(actor, "exited", id, "avslut: " + request.reason());
        em.flush();
        return view(l.participant(), e);
    }

    @Transactional
    public ParticipantView reopen(Actor actor, UUID id, ReopenRequest request) {
        Access.Loaded l = access.load(actor, id, true);
        Enrolment previous = l.enrolment();
        if (previous.open()) {
            throw ProblemException.conflict("status", "inskrivningen är inte avslutad / the enrolment is not closed");
        }
        LocalDate on = Today.orToday(request.on(), "on");
        notBefore(on, previous.exitedOn, "on");
        String unit = request.unit() == null ? previous.unit : unitFor(actor, request.unit(), "unit");
        String officer = request.officer() != null ? request.officer()
                : actor.caseOfficer() && !actor.admin() ? actor.username() : previous.officer;
        Enrolment e = newEnrolment(l.participant(), unit, officer, on, previous.id);
        history(actor, e, "reopened", previous.unit, unit, previous.officer, officer, null, on);
        events.reopened(l.participant(), e, previous.id);
        events.enrolled(l.participant(), e, true);
        audit.record(actor, "reopened", id, "återaktualiserad / re-opened");
        em.flush();
        return view(l.participant(), e);
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

    public ParticipantView view(Participant p, Enrolment e) {
        ParticipantIdentity identity = ParticipantIdentity.findById(p.id);
        LocalDate today = Today.get();
        Attributes a = new Attributes(identity == null ? null : identity.firstName, identity == null ? null : identity.lastName,
                p.gender, p.bornAbroad, p.educationLevel, p.swedishLevel, p.childrenInHousehold, p.singleParent,
                p.assistanceSince, p.supportObstacle, p.referralSource, List.of(p.occupationInterests),
                p.drivingLicence, p.protectedIdentity);
        return new ParticipantView(p.id, identity == null ? null : crypto.decrypt(identity.personnummerEncrypted),
                identity != null && identity.coordinationNumber, p.birthDate, AgeBands.age(p.birthDate, today),
                AgeBands.band(p.birthDate, today), AgeBands.longTerm(p.assistanceSince, today), a,
                events.projects(p.id), p.version, EnrolmentView.of(e));
    }

    static Attributes emptyAttributes() {
        return new Attributes(null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    private void checkAttributes(Attributes a) {
        if (a.assistanceSince() != null && a.assistanceSince().isAfter(Today.get())) {
            throw ProblemException.invalid("attributes.assistanceSince", "får inte ligga i framtiden / must not be in the future");
        }
        if (Boolean.TRUE.equals(a.singleParent()) && Boolean.FALSE.equals(a.childrenInHousehold())) {
            throw ProblemException.invalid("attributes.singleParent",
                    "ensamstående förälder kräver barn i hushållet / a single parent has children in the household");
        }
    }

    /** A PUT replaces all attributes: an absent value is false/unknown, except gender which keeps its default. */
    private static void applyAttributes(Participant p, ParticipantIdentity identity, Attributes a, char defaultGender) {
        identity.firstName = blankToNull(a.firstName());
        identity.lastName = blankToNull(a.lastName());
        p.gender = a.gender() != null ? a.gender() : String.valueOf(defaultGender);
        p.bornAbroad = Boolean.TRUE.equals(a.bornAbroad());
        p.educationLevel = Objects.requireNonNullElse(a.educationLevel(), "okand");
        p.swedishLevel = Objects.requireNonNullElse(a.swedishLevel(), "okand");
        p.singleParent = Boolean.TRUE.equals(a.singleParent());
        p.childrenInHousehold = Boolean.TRUE.equals(a.childrenInHousehold()) || p.singleParent;
        p.assistanceSince = a.assistanceSince();
        p.supportObstacle = a.supportObstacle();
        p.referralSource = Objects.requireNonNullElse(a.referralSource(), "annan");
        p.occupationInterests = a.occupationInterests() == null ? new String[0]
                : a.occupationInterests().stream().distinct().toArray(String[]::new);
        p.drivingLicence = Boolean.TRUE.equals(a.drivingLicence());
        p.protectedIdentity = Boolean.TRUE.equals(a.protectedIdentity());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private Enrolment newEnrolment(Participant p, String unit, String officer, LocalDate on, UUID reopenedFrom) {
        Enrolment e = new Enrolment();
        e.id = UUID.randomUUID();
        e.participantId = p.id;
        e.unit = unit;
        e.officer = officer;
        e.status = Enrolment.Status.ACTIVE;
        e.enrolledOn = on;
        e.reopenedFrom = reopenedFrom;
        e.createdAt = Instant.now();
        em.persist(e);
        return e;
    }

    private void history(Actor actor, Enrolment e, String kind, String fromUnit, String toUnit, String fromOfficer,
            String toOfficer, String reason, LocalDate on) {
        EnrolmentHistory h = new EnrolmentHistory();
        h.enrolmentId = e.id;
        h.happenedOn = on;
        h.kind = kind;
        h.fromUnit = fromUnit;
        h.toUnit = toUnit;
        h.fromOfficer = fromOfficer;
        h.toOfficer = toOfficer;
        h.reason = reason;
        h.recordedBy = actor.username();
        h.recordedAt = Instant.now();
        em.persist(h);
    }

    /** A case officer enrols into their own unit; admin names a known unit. */
    private String unitFor(Actor actor, String requested, String field) {
        if (actor.admin()) {
            if (requested == null) {
                throw ProblemException.invalid(field, "saknas / is required");
            }
            return knownUnit(requested, field);
        }
        String own = actor.unit().orElseThrow(() -> ProblemException.forbidden("Enhet saknas / No unit"));
        if (requested != null && !requested.equals(own)) {
            throw ProblemException.forbidden(field + ": bara den egna enheten / only your own unit");
        }
        return own;
    }

    private String knownUnit(String unit, String field) {
        if (!config.units().contains(unit)) {
            throw ProblemException.invalid(field, "okänd enhet / unknown unit (" + String.join(", ", config.units()) + ")");
        }
        return unit;
    }

    private static String officerFor(Actor actor, String requested, String field) {
        if (requested != null) {
            return requested;
        }
        if (actor.caseOfficer() && !actor.admin()) {
            return actor.username();
        }
        throw ProblemException.invalid(field, "saknas / is required");
    }

    private static void notBefore(LocalDate day, LocalDate earliest, String field) {
        if (earliest != null && day.isBefore(earliest)) {
            throw ProblemException.invalid(field, "får inte vara före " + earliest + " / must not be before " + earliest);
        }
    }
}
