package se.arbetsmarknad.participant.participant;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import se.arbetsmarknad.participant.common.Actor;
import se.arbetsmarknad.participant.common.ParticipantConfig;
import se.arbetsmarknad.participant.participant.ParticipantDtos.Attributes;
import se.arbetsmarknad.platform.problem.ProblemException;
import se.arbetsmarknad.platform.time.SuiteClock;

/**
 * The rules enrolment and the enrolment lifecycle share: which unit and officer a case goes to, what an
 * attribute may be and how a PUT replaces them, and how an enrolment and a step in its history are written.
 */
@ApplicationScoped
class EnrolmentRules {

    @Inject
    EntityManager em;
    @Inject
    SuiteClock clock;
    @Inject
    ParticipantConfig config;

    Enrolment newEnrolment(Participant p, String unit, String officer, LocalDate on, UUID reopenedFrom) {
        Enrolment e = new Enrolment();
        e.id = UUID.randomUUID();
        e.participantId = p.id;
        e.unit = unit;
        e.officer = officer;
        e.status = Enrolment.Status.ACTIVE;
        e.enrolledOn = on;
        e.reopenedFrom = reopenedFrom;
        e.createdAt = clock.instant();
        em.persist(e);
        return e;
    }

    void history(Actor actor, Enrolment e, String kind, String fromUnit, String toUnit, String fromOfficer,
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
        h.recordedAt = clock.instant();
        em.persist(h);
    }

    /** A case officer enrols into their own unit; admin names a known unit. */
    String unitFor(Actor actor, String requested, String field) {
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

    String knownUnit(String unit, String field) {
        if (!config.units().contains(unit)) {
            throw ProblemException.invalid(field, "okänd enhet / unknown unit (" + String.join(", ", config.units()) + ")");
        }
        return unit;
    }

    static String officerFor(Actor actor, String requested, String field) {
        if (requested != null) {
            return requested;
        }
        if (actor.caseOfficer() && !actor.admin()) {
            return actor.username();
        }
        throw ProblemException.invalid(field, "saknas / is required");
    }

    static void notBefore(LocalDate day, LocalDate earliest, String field) {
        if (earliest != null && day.isBefore(earliest)) {
            throw ProblemException.invalid(field, "får inte vara före " + earliest + " / must not be before " + earliest);
        }
    }

    static Attributes emptyAttributes() {
        return new Attributes(null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    void checkAttributes(Attributes a) {
        if (a.assistanceSince() != null && a.assistanceSince().isAfter(clock.today())) {
            throw ProblemException.invalid("attributes.assistanceSince", "får inte ligga i framtiden / must not be in the future");
        }
        if (Boolean.TRUE.equals(a.singleParent()) && Boolean.FALSE.equals(a.childrenInHousehold())) {
            throw ProblemException.invalid("attributes.singleParent",
                    "ensamstående förälder kräver barn i hushållet / a single parent has children in the household");
        }
    }

    /** A PUT replaces all attributes: an absent value is false/unknown, except gender which keeps its default. */
    static void applyAttributes(Participant p, ParticipantIdentity identity, Attributes a, char defaultGender) {
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
}
