package se.arbetsmarknad.placement.organisation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import se.arbetsmarknad.placement.common.Coded;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import se.arbetsmarknad.platform.municipality.Municipality;
import se.arbetsmarknad.platform.http.Page;
import se.arbetsmarknad.platform.http.PageRequest;
import se.arbetsmarknad.platform.http.Versions;
import se.arbetsmarknad.placement.organisation.OrganisationDtos.Contact;
import se.arbetsmarknad.placement.organisation.OrganisationDtos.EmployeeCountRequest;
import se.arbetsmarknad.placement.organisation.OrganisationDtos.EmployeeCountView;
import se.arbetsmarknad.placement.organisation.OrganisationDtos.OrganisationRequest;
import se.arbetsmarknad.placement.organisation.OrganisationDtos.OrganisationView;
import se.arbetsmarknad.platform.problem.ProblemException;
import se.arbetsmarknad.platform.time.SuiteClock;

@ApplicationScoped
public class OrganisationService {

    @Inject
    SuiteClock clock;
    @Inject
    EntityManager em;
    @Inject
    OrganisationEvents events;
    @Inject
    Quotas quotas;
    @Inject
    OrganisationScope organisations;
    @Inject
    Municipality municipality;

    @Transactional
    public OrganisationView register(OrganisationRequest req) {
        OrganisationKind kind = Coded.parse(OrganisationKind.class, req.kind(), "kind");
        String number = validate(req, kind);
        if (Organisation.byCode(req.code()) != null) {
            throw ProblemException.conflict("code", "koden används redan / the code is taken");
        }
        Organisation org = new Organisation();
        org.id = UUID.randomUUID();
        org.createdAt = clock.now();
        apply(org, req, kind, number);
        org.persist();
        replaceContacts(org.id, req.contacts());
        em.flush();
        events.registered(org);
        return view(org);
    }

    @Transactional
    public OrganisationView change(UUID id, OrganisationRequest req, String ifMatch) {
        Organisation org = find(id);
        Versions.require(ifMatch, org.version);
        OrganisationKind kind = Coded.parse(OrganisationKind.class, req.kind(), "kind");
        String number = validate(req, kind);
        Organisation other = Organisation.byCode(req.code());
        if (other != null && !other.id.equals(id)) {
            throw ProblemException.conflict("code", "koden används redan / the code is taken");
        }
        apply(org, req, kind, number);
        replaceContacts(org.id, req.contacts());
        em.flush();
        events.changed(org);
        return view(org);
    }

    @Transactional
    public OrganisationView recordEmployees(UUID id, EmployeeCountRequest req) {
        Organisation org = find(id);
        if (!org.isForvaltning()) {
            throw ProblemException.invalid("employees",
                    "antal anställda används bara för förvaltningar / employee counts apply to förvaltningar only");
        }
        EmployeeCount count = EmployeeCount.findById(new EmployeeCount.Key(id, req.countedOn()));
        if (count == null) {
            count = new EmployeeCount();
            count.organisationId = id;
            count.countedOn = req.countedOn();
            count.persist();
        }
        count.employees = req.employees();
        org.updatedAt = clock.now();
        em.flush();
        events.changed(org);
        return view(org);
    }

    public OrganisationView get(UUID id) {
        Organisation org = find(id);
        organisations.require(org.code, "organisation");
        return view(org);
    }

    /** One page of the organisations the caller may see, by name; a provider sees only their own. */
    public Page<OrganisationView> list(OrganisationKind kind, PageRequest page) {
        Optional<String> own = organisations.confinedTo();
        PanacheQuery<Organisation> query = own.isPresent() ? Organisation.find("code = ?1", own.get())
                : kind == null ? Organisation.find("order by name, id") : Organisation.find("kind = ?1 order by name, id", kind);
        long total = query.count();
        return page.of(views(query.page(page.page(), page.size()).list()), total);
    }

    public Organisation find(UUID id) {
        Organisation org = Organisation.findById(id);
        if (org == null) {
            throw ProblemException.notFound("organisation");
        }
        return org;
    }

    /** Validates everything before anything is written; answers the normalised organisationsnummer. */
    private static String validate(OrganisationRequest req, OrganisationKind kind) {
        String raw = req.organisationNumber();
        if (raw == null || raw.isBlank()) {
            if (kind.needsOrganisationNumber()) {
                throw ProblemException.invalid("organisationNumber", "krävs för företag / required for companies");
            }
            return null;
        }
        return Organisationsnummer.normalise(raw).orElseThrow(() -> ProblemException.invalid("organisationNumber",
                "inte ett giltigt organisationsnummer (NNNNNN-NNNN, kontrollsiffra) / not a valid organisationsnummer"));
    }

    private void apply(Organisation org, OrganisationRequest req, OrganisationKind kind, String number) {
        org.code = req.code();
        org.name = req.name().trim();
        org.kind = kind;
        org.organisationNumber = number;
        org.municipality = municipality.orThis(req.municipality());
        org.updatedAt = clock.now();
    }

    private static void replaceContacts(UUID orgId, List<Contact> contacts) {
        ContactPerson.delete("organisationId", orgId);
        if (contacts == null) {
            return;
        }
        for (Contact c : contacts) {
            ContactPerson p = new ContactPerson();
            p.id = UUID.randomUUID();
            p.organisationId = orgId;
            p.name = c.name();
            p.role = c.role();
            p.email = c.email();
            p.phone = c.phone();
            p.persist();
        }
    }

    OrganisationView view(Organisation org) {
        return views(List.of(org)).get(0);
    }

    /** Views of many organisations with one query each for contacts, employee counts and quotas, not one per row. */
    private List<OrganisationView> views(List<Organisation> orgs) {
        if (orgs.isEmpty()) {
            return List.of();
        }
        LocalDate today = clock.today();
        List<UUID> ids = orgs.stream().map(o -> o.id).toList();
        Map<UUID, List<ContactPerson>> contacts = ContactPerson.of(ids);
        Map<UUID, List<EmployeeCount>> histories = EmployeeCount.histories(ids);
        Map<UUID, Integer> quota = orgs.stream().anyMatch(Organisation::isForvaltning) ? quotas.quotasOn(today) : Map.of();
        return orgs.stream().map(org -> {
            List<EmployeeCount> history = histories.getOrDefault(org.id, List.of());
            Optional<EmployeeCount> count = history.stream().filter(c -> !c.countedOn.isAfter(today)).reduce((a, b) -> b);
            return new OrganisationView(org.id, org.code, org.name, org.kind, org.sector(), org.organisationNumber,
                    org.municipality, count.map(c -> c.employees).orElse(null), count.map(c -> c.countedOn).orElse(null),
                    org.isForvaltning() ? quota.get(org.id) : null,
                    contacts.getOrDefault(org.id, List.of()).stream().map(c -> new Contact(c.name, c.role, c.email, c.phone)).toList(),
                    history.stream().map(c -> new EmployeeCountView(c.countedOn, c.employees)).toList(), org.version);
        }).toList();
    }
}
