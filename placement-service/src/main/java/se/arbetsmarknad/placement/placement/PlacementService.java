package se.arbetsmarknad.placement.placement;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import se.arbetsmarknad.placement.common.Coded;
import se.arbetsmarknad.placement.common.EducationLevel;
import se.arbetsmarknad.placement.common.SwedishLevel;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import se.arbetsmarknad.platform.municipality.Municipality;
import se.arbetsmarknad.platform.http.Page;
import se.arbetsmarknad.platform.http.PageRequest;
import se.arbetsmarknad.platform.http.Versions;
import se.arbetsmarknad.placement.organisation.Organisation;
import se.arbetsmarknad.placement.organisation.OrganisationScope;
import se.arbetsmarknad.placement.placement.PlacementDtos.PlacementRequest;
import se.arbetsmarknad.placement.placement.PlacementDtos.PlacementView;
import se.arbetsmarknad.placement.placement.PlacementDtos.Requirements;
import se.arbetsmarknad.placement.placement.PlacementDtos.Supervisor;
import se.arbetsmarknad.placement.ssyk.SsykCatalogue;
import se.arbetsmarknad.platform.problem.Problem.FieldError;
import se.arbetsmarknad.platform.problem.ProblemException;
import se.arbetsmarknad.platform.problem.ProblemType;
import se.arbetsmarknad.platform.time.SuiteClock;

@ApplicationScoped
public class PlacementService {

    @Inject
    SuiteClock clock;
    @Inject
    EntityManager em;
    @Inject
    SsykCatalogue ssyk;
    @Inject
    PlacementEvents events;
    @Inject
    OrganisationScope organisations;
    @Inject
    Municipality municipality;

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
        p.createdAt = clock.now();
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
        p.updatedAt = clock.now();
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
        p.updatedAt = clock.now();
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
        organisations.require(org.code, "placement");
        return view(p, org);
    }

    /** One page of the placements the caller may see, in period order; a provider's only their own. */
    public Page<PlacementView> list(PlacementStatus status, UUID organisationId, PlacementKind kind, PageRequest page) {
        StringBuilder q = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (organisations.isProvider()) {
            Organisation own = Organisation.byCode(organisations.confinedTo().orElseThrow());
            if (own == null) {
                return page.of(List.of(), 0);
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
        PanacheQuery<Placement> query = Placement.find(q + " order by periodStart, title, id", params);
        long total = query.count();
        List<Placement> rows = query.page(page.page(), page.size()).list();
        Map<UUID, Organisation> orgs = rows.isEmpty() ? Map.of() : Organisation.<Organisation>list("id in ?1",
                rows.stream().map(p -> p.organisationId).distinct().toList()).stream()
                .collect(Collectors.toMap(o -> o.id, Function.identity()));
        return page.of(rows.stream().map(p -> view(p, orgs.get(p.organisationId))).toList(), total);
    }

    /** The placement locked for writing; another organisation's placement does not exist for its providers (404). */
    private Placement findForWrite(UUID id) {
        Placement p = Placement.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (p == null) {
            throw ProblemException.notFound("placement");
        }
        organisations.require(Organisation.<Organisation>findById(p.organisationId).code, "placement");
        return p;
    }

    /**
     * The organisation a registration is for: the one named, or a provider's own. An organisation the
     * caller may not act for is answered exactly like one that does not exist (400 naming the field).
     */
    public Organisation organisationFor(UUID organisationId) {
        if (organisationId != null) {
            Organisation org = Organisation.findById(organisationId);
            if (org == null || !organisations.includes(org.code)) {
                throw ProblemException.invalid("organisationId", "okänd organisation / unknown organisation");
            }
            return org;
        }
        if (organisations.isProvider()) {
            Organisation own = Organisation.byCode(organisations.confinedTo().orElseThrow());
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
        p.municipality = municipality.orThis(req.municipality());
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
        p.updatedAt = clock.now();
    }

    public PlacementView view(Placement p, Organisation org) {
        return new PlacementView(p.id, p.organisationId, org.name, p.kind, p.title, p.ssyk, ssyk.name(p.ssyk).orElse(null),
                p.description, p.municipality, p.place, p.seats, p.seatsFilled, p.freeSeats(), p.periodStart, p.periodEnd,
                p.hoursPerWeek, new Requirements(p.swedishLevel == null ? null : p.swedishLevel.code(), p.drivingLicence,
                        p.ageMin, p.ageMax, p.educationLevel == null ? null : p.educationLevel.code()),
                new Supervisor(p.supervisorName, p.supervisorPhone, p.supervisorEmail), p.status, p.version);
    }
}
