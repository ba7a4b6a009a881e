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

import se.arbetsmarknad.placement.common.Access;
import se.arbetsmarknad.placement.common.Kinds;
import se.arbetsmarknad.placement.common.Levels;
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

    @Transactional
    public PlacementView register(PlacementRequest req) {
        Organisation org = organisationFor(req.organisationId());
        requireValid(req, null);
        Placement p = create(org, req);
        return view(p, org);
    }

    /** Creates a placement for an organisation already checked; used by single and bulk registration. */
    public Placement create(Organisation org, PlacementRequest req) {
        Placement p = new Placement();
        p.id = UUID.randomUUID();
        p.organisationId = org.id;
        p.createdAt = OffsetDateTime.now();
        p.status = "draft";
        apply(p, req);
        p.persist();
        if (Boolean.TRUE.equals(req.publish())) {
            p.status = "open";
            em.flush();
            events.publish("placement.published", p);
        }
        return p;
    }

    @Transactional
    public PlacementView change(UUID id, PlacementRequest req, String ifMatch) {
        Placement p = findForWrite(id);
        Versions.require(ifMatch, p.version);
        if ("closed".equals(p.status)) {
            throw ProblemException.conflict("status", "platsen är stängd / the placement is closed");
        }
        if (req.organisationId() != null && !req.organisationId().equals(p.organisationId)) {
            throw ProblemException.invalid("organisationId", "en plats kan inte byta organisation / a placement cannot move to another organisation");
        }
        requireValid(req, p);
        apply(p, req);
        p.settleStatus();
        if (Boolean.TRUE.equals(req.publish()) && "draft".equals(p.status)) {
            p.status = "open";
            em.flush();
            events.publish("placement.published", p);
        } else {
            em.flush();
            events.changed(p);
        }
        return view(p, Organisation.findById(p.organisationId));
    }

    @Transactional
    public PlacementView publish(UUID id) {
        Placement p = findForWrite(id);
        if (!"draft".equals(p.status)) {
            throw ProblemException.conflict("status", "bara utkast kan publiceras / only drafts can be published");
        }
        p.status = "open";
        p.settleStatus();
        p.updatedAt = OffsetDateTime.now();
        em.flush();
        events.publish("placement.published", p);
        return view(p, Organisation.findById(p.organisationId));
    }

    @Transactional
    public PlacementView close(UUID id) {
        Placement p = findForWrite(id);
        if ("closed".equals(p.status)) {
            throw ProblemException.conflict("status", "platsen är redan stängd / already closed");
        }
        p.status = "closed";
        p.updatedAt = OffsetDateTime.now();
        em.flush();
        events.publish("placement.closed", p);
        return view(p, Organisation.findById(p.organisationId));
    }

    public PlacementView get(UUID id) {
        Placement p = Placement.findById(id);
        if (p == null) {
            throw ProblemException.notFound("placement");
        }
        Organisation org = Organisation.findById(p.organisationId);
        access.requireVisible(org, "placement");
        return view(p, org);
    }

    public List<PlacementView> list(String status, UUID organisationId, String kind) {
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
        access.requireVisible(Organisation.findById(p.organisationId), "placement");
        return p;
    }

    /**
     * The organisation a registration is for: the one named, or a provider's own. An organisation the
     * caller may not act for is answered exactly like one that does not exist (400 naming the field).
     */
    public Organisation organisationFor(UUID organisationId) {
        if (organisationId != null) {
            Organisation org = Organisation.findById(organisationId);
            if (org == null || !access.mayActFor(org)) {
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

    private void requireValid(PlacementRequest req, Placement existing) {
        List<FieldError> errors = check(req, existing);
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION,
                    String.join("; ", errors.stream().map(e -> e.field() + ": " + e.message()).toList()), errors);
        }
    }

    /** Every rule beyond bean validation; all errors at once (bulk registration reports them per row). */
    public List<FieldError> check(PlacementRequest req, Placement existing) {
        List<FieldError> errors = new ArrayList<>();
        if (!Kinds.ALL.contains(req.kind())) {
            errors.add(new FieldError("kind", "okänd insatsform / unknown kind: " + req.kind()));
        }
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
        Requirements r = req.requirements();
        if (r != null) {
            if (r.swedishLevel() != null && !Levels.SWEDISH.contains(r.swedishLevel())) {
                errors.add(new FieldError("requirements.swedishLevel", "en av / one of " + Levels.SWEDISH));
            }
            if (r.educationLevel() != null && !Levels.EDUCATION.contains(r.educationLevel())) {
                errors.add(new FieldError("requirements.educationLevel", "en av / one of " + Levels.EDUCATION));
            }
            if (r.ageMin() != null && r.ageMax() != null && r.ageMax() < r.ageMin()) {
                errors.add(new FieldError("requirements.ageMax", "högsta ålder under lägsta / maximum age below minimum"));
            }
        }
        return errors;
    }

    private static void apply(Placement p, PlacementRequest req) {
        Requirements r = req.requirements() == null ? Requirements.NONE : req.requirements();
        Supervisor s = req.supervisor();
        p.kind = req.kind();
        p.title = req.title().trim();
        p.ssyk = req.ssyk();
        p.description = req.description();
        p.municipality = req.municipality() == null || req.municipality().isBlank() ? "Malmö" : req.municipality().trim();
        p.place = req.place();
        p.seats = req.seats();
        p.periodStart = req.periodStart();
        p.periodEnd = req.periodEnd();
        p.hoursPerWeek = req.hoursPerWeek();
        p.swedishLevel = r.swedishLevel();
        p.drivingLicence = Boolean.TRUE.equals(r.drivingLicence());
        p.ageMin = r.ageMin();
        p.ageMax = r.ageMax();
        p.educationLevel = r.educationLevel();
        p.supervisorName = s == null ? null : s.name();
        p.supervisorPhone = s == null ? null : s.phone();
        p.supervisorEmail = s == null ? null : s.email();
        p.updatedAt = OffsetDateTime.now();
    }

    public PlacementView view(Placement p, Organisation org) {
        return new PlacementView(p.id, p.organisationId, org.name, p.kind, p.title, p.ssyk, ssyk.name(p.ssyk).orElse(null),
                p.description, p.municipality, p.place, p.seats, p.seatsFilled, p.freeSeats(), p.periodStart, p.periodEnd,
                p.hoursPerWeek, new Requirements(p.swedishLevel, p.drivingLicence, p.ageMin, p.ageMax, p.educationLevel),
                new Supervisor(p.supervisorName, p.supervisorPhone, p.supervisorEmail), p.status, p.version);
    }
}
