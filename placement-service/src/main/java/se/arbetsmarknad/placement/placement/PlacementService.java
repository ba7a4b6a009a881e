package se.arbetsmarknad.placement.placement;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import se.arbetsmarknad.placement.PlacementConfig;
import se.arbetsmarknad.placement.common.Access;
import se.arbetsmarknad.placement.common.Coded;
import se.arbetsmarknad.placement.common.EducationLevel;
import se.arbetsmarknad.placement.common.SwedishLevel;
import se.arbetsmarknad.platform.http.Versions;
import se.arbetsmarknad.placement.organisation.Organisation;
import se.arbetsmarknad.placement.placement.PlacementDtos.PlacementRequest;
import se.arbetsmarknad.placement.placement.PlacementDtos.PlacementView;
import se.arbetsmarknad.placement.placement.PlacementDtos.Requirements;
import se.arbetsmarknad.placement.placement.PlacementDtos.Supervisor;
import se.arbetsmarknad.placement.ssyk.SsykCatalogue;
import se.arbetsmarknad.platform.problem.Problem.FieldError;
import se.arbetsmarknad.platform.problem.ProblemException;
import se.arbetsmarknad.platform.problem.ProblemType;

@ApplicationScoped
public class PlacementService {

    @Inject
    EntityManager em;
    @Inject
    SsykCatalogue ssyk;
    @Inject
    PlacementEvents events;
    @Inject
    Access access;
    @Inject
    PlacementConfig config;

    @Transactional
    public PlacementView register(PlacementRequest req) {
        Organisation org = organisationFor(req.organisationId());
        Placement p = create(org, requireValid(req, null));
        return view(p, org);
    }

    /** Creates a placement for an organisation already resolved, after the checks of a registration (demo data). */
    public Placement create(Organisation org, PlacementRequest req) {
        return create(org, requireValid(req, null));
    }

    /** Creates a checked placement for an organisation already resolved; used by single and bulk registration. */
    public Placement create(Organisation org, Checked req) {
        Placement p = new Placement();
        p.id = UUID.randomUUID();
        p.organisationId = org.id;
        p.createdAt = OffsetDateTime.now();
        apply(p, req);
        p.status = Boolean.TRUE.equals(req.request().publish()) ? PlacementStatus.OPEN : PlacementStatus.DRAFT;
        p.persist();
        if (p.status == PlacementStatus.OPEN) {
            events.published(p);
        } else {
            events.changed(p);
        }
        return p;
    }

    @Transactional
    public PlacementView change(UUID id, PlacementRequest req, String ifMatch) {
        Placement p = findForWrite(id);
        Versions.require(ifMatch, p.version);
        if (p.status == PlacementStatus.CLOSED) {
            throw ProblemException.conflict("status", "platsen är stängd / the placement is closed");
        }
        if (req.organisationId() != null && !req.organisationId().equals(p.organisationId)) {
            throw ProblemException.invalid("organisationId", "en plats kan inte byta organisation / a placement cannot move to another organisation");
        }
        apply(p, requireValid(req, p));
        p.settleStatus();
        boolean publish = Boolean.TRUE.equals(req.publish()) && p.status == PlacementStatus.DRAFT;
        if (publish) {
            p.status = PlacementStatus.OPEN;
        }
        em.flush(); // the new version, for the event and the answer
        if (publish) {
            events.published(p);
        } else {
            events.changed(p);
        }
        return view(p, Organisation.findById(p.organisationId));
    }

    @Transactional
    public PlacementView publish(UUID id) {
        Placement p = findForWrite(id);
        if (p.status != PlacementStatus.DRAFT) {
            throw ProblemException.conflict("status", "bara utkast kan publiceras / only drafts can be published");
        }
        p.status = PlacementStatus.OPEN;
        p.settleStatus();
        p.updatedAt = OffsetDateTime.now();
        em.flush();
        events.published(p);
        return view(p, Organisation.findById(p.organisationId));
    }

    @Transactional
    public PlacementView close(UUID id) {
        Placement p = findForWrite(id);
        if (p.status == PlacementStatus.CLOSED) {
            throw ProblemException.conflict("status", "platsen är redan stängd / already closed");
        }
        p.status = PlacementStatus.CLOSED;
        p.updatedAt = OffsetDateTime.now();
        em.flush();
        events.closed(p);
        return view(p, Organisation.findById(p.organisationId));
    }

    public PlacementView get(UUID id) {
        Placement p = Placement.findById(id);
        if (p == null) {
            throw ProblemException.notFound("placement");
        }
        Organisation org = Organisation.findById(p.organisationId);
        access.requireVisible(org.code, "placement");
        return view(p, org);
    }

    public List<PlacementView> list(PlacementStatus status, UUID organisationId, PlacementKind kind) {
        StringBuilder q = new StringBuilder("1 = 1");
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        if (access.isProvider()) {
            Organisation own = Organisation.byCode(access.user().requireOrganisation());
            if (own == null) {
                return List.of();
            }
            q.append(" and organisationId = :own");
            params.put("own", own.id);
        }
        if (status != null) {
            q.append(" and status = :status");
            params.put("status", status);
        }
        if (organisationId != null) {
            q.append(" and organisationId = :org");
            params.put("org", organisationId);
        }
        if (kind != null) {
            q.append(" and kind = :kind");
            params.put("kind", kind);
        }
        q.append(" order by periodStart, title, id");
        java.util.Map<UUID, Organisation> orgs = new java.util.HashMap<>();
        return Placement.<Placement>list(q.toString(), params).stream()
                .map(p -> view(p, orgs.computeIfAbsent(p.organisationId, oid -> Organisation.<Organisation>findById(oid)))).toList();
    }

    /** The placement locked for writing; another organisation's placement does not exist for its providers (404). */
    private Placement findForWrite(UUID id) {
        Placement p = Placement.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (p == null) {
            throw ProblemException.notFound("placement");
        }
        access.requireVisible(Organisation.<Organisation>findById(p.organisationId).code, "placement");
        return p;
    }

    /**
     * The organisation a registration is for: the one named, or a provider's own. An organisation the
     * caller may not act for is answered exactly like one that does not exist (400 naming the field).
     */
    public Organisation organisationFor(UUID organisationId) {
        if (organisationId != null) {
            Organisation org = Organisation.findById(organisationId);
            if (org == null || !access.mayActFor(org.code)) {
                throw ProblemException.invalid("organisationId", "okänd organisation / unknown organisation");
            }
            return org;
        }
        if (access.isProvider()) {
            Organisation own = Organisation.byCode(access.user().requireOrganisation());
            if (own == null) {
                throw ProblemException.forbidden("Din organisation är inte registrerad / Your organisation is not registered");
            }
            return own;
        }
        throw ProblemException.invalid("organisationId", "ange organisation / give the organisation");
    }

    /** A request whose codes are known, with them as the enums they stand for. */
    public record Checked(PlacementRequest request, PlacementKind kind, SwedishLevel swedishLevel, EducationLevel educationLevel) {
    }

    private Checked requireValid(PlacementRequest req, Placement existing) {
        List<FieldError> errors = new ArrayList<>();
        Checked checked = check(req, existing, errors);
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION,
                    String.join("; ", errors.stream().map(e -> e.field() + ": " + e.message()).toList()), errors);
        }
        return checked;
    }

    /**
     * Every rule beyond bean validation, all errors at once (bulk registration reports them per row);
     * the checked request when there are none.
     */
    public Checked check(PlacementRequest req, Placement existing, List<FieldError> errors) {
        PlacementKind kind = code(PlacementKind.class, req.kind(), "kind", Coded.codes(PlacementKind.class), errors);
        if (req.ssyk() == null || !req.ssyk().matches("\\d{4}") || !ssyk.exists(req.ssyk())) {
            errors.add(new FieldError("ssyk", "okänd SSYK 2012-yrkesgrupp (4 siffror) / unknown SSYK 2012 unit group: " + req.ssyk()));
        }
        if (req.periodStart() != null && req.periodEnd() != null && req.periodEnd().isBefore(req.periodStart())) {
            errors.add(new FieldError("periodEnd", "perioden slutar innan den börjar / the period ends before it starts"));
        }
        if (existing != null && req.seats() != null && req.seats() < existing.seatsFilled) {
            errors.add(new FieldError("seats", "färre platser än de " + existing.seatsFilled
                    + " som redan är tillsatta / fewer seats than those already filled"));
        }
        Requirements r = req.requirements() == null ? Requirements.NONE : req.requirements();
        SwedishLevel swedish = r.swedishLevel() == null ? null : code(SwedishLevel.class, r.swedishLevel(),
                "requirements.swedishLevel", Coded.codes(SwedishLevel.REQUIRABLE), errors);
        EducationLevel education = r.educationLevel() == null ? null : code(EducationLevel.class, r.educationLevel(),
                "requirements.educationLevel", Coded.codes(EducationLevel.REQUIRABLE), errors);
        if (r.ageMin() != null && r.ageMax() != null && r.ageMax() < r.ageMin()) {
            errors.add(new FieldError("requirements.ageMax", "högsta ålder under lägsta / maximum age below minimum"));
        }
        return errors.isEmpty() ? new Checked(req, kind, swedish, education) : null;
    }

    private static <E extends Enum<E> & Coded> E code(Class<E> type, String code, String field, List<String> allowed,
            List<FieldError> errors) {
        E value = Coded.find(type, code).filter(v -> allowed.contains(v.code())).orElse(null);
        if (value == null) {
            errors.add(new FieldError(field, Coded.unknown(allowed, code)));
        }
        return value;
    }

    private void apply(Placement p, Checked checked) {
        PlacementRequest req = checked.request();
        Requirements r = req.requirements() == null ? Requirements.NONE : req.requirements();
        Supervisor s = req.supervisor();
        p.kind = checked.kind();
        p.title = req.title().trim();
        p.ssyk = req.ssyk();
        p.description = req.description();
        p.municipality = req.municipality() == null || req.municipality().isBlank() ? config.municipality() : req.municipality().trim();
        p.place = req.place();
        p.seats = req.seats();
        p.periodStart = req.periodStart();
        p.periodEnd = req.periodEnd();
        p.hoursPerWeek = req.hoursPerWeek();
        p.swedishLevel = checked.swedishLevel();
        p.drivingLicence = Boolean.TRUE.equals(r.drivingLicence());
        p.ageMin = r.ageMin();
        p.ageMax = r.ageMax();
        p.educationLevel = checked.educationLevel();
        p.supervisorName = s == null ? null : s.name();
        p.supervisorPhone = s == null ? null : s.phone();
        p.supervisorEmail = s == null ? null : s.email();
        p.updatedAt = OffsetDateTime.now();
    }

    public PlacementView view(Placement p, Organisation org) {
        return new PlacementView(p.id, p.organisationId, org.name, p.kind, p.title, p.ssyk, ssyk.name(p.ssyk).orElse(null),
                p.description, p.municipality, p.place, p.seats, p.seatsFilled, p.freeSeats(), p.periodStart, p.periodEnd,
                p.hoursPerWeek, new Requirements(p.swedishLevel == null ? null : p.swedishLevel.code(), p.drivingLicence,
                        p.ageMin, p.ageMax, p.educationLevel == null ? null : p.educationLevel.code()),
                new Supervisor(p.supervisorName, p.supervisorPhone, p.supervisorEmail), p.status, p.version);
    }
}
