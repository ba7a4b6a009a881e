package se.arbetsmarknad.placement.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import se.arbetsmarknad.platform.demo.DemoDataConfig;
import se.arbetsmarknad.placement.organisation.Organisation;
import se.arbetsmarknad.placement.organisation.OrganisationDtos.Contact;
import se.arbetsmarknad.placement.organisation.OrganisationDtos.EmployeeCountRequest;
import se.arbetsmarknad.placement.organisation.OrganisationDtos.OrganisationRequest;
import se.arbetsmarknad.placement.organisation.OrganisationService;
import se.arbetsmarknad.placement.placement.PlacementDtos.PlacementRequest;
import se.arbetsmarknad.placement.placement.PlacementDtos.Requirements;
import se.arbetsmarknad.placement.placement.PlacementDtos.Supervisor;
import se.arbetsmarknad.placement.placement.PlacementService;
import se.arbetsmarknad.platform.jobs.ClusterLock;
import se.arbetsmarknad.platform.time.SuiteClock;

/**
 * Demo data for {@code ./suite up} (suite.demo-data.enabled=true): Malmö's förvaltningar with their
 * employee counts from Tabell 1 (April 2020), a few private employers, non-profits and an ASF, and a set
 * of placements. Written through the services, so the events reach the topics; deterministic (seeded)
 * and idempotent (an organisation that exists is skipped with its placements).
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class);
    static final LocalDate COUNTED_ON = LocalDate.of(2020, 4, 30);

    record Forvaltning(String code, String name, int employees) {
    }

    /** Tabell 1, "Antal anställda och fördelning av platser" (Malmö stad, employees April 2020). */
    static final List<Forvaltning> MALMO = List.of(
            new Forvaltning("stadsrevisionen", "Stadsrevisionen", 11),
            new Forvaltning("stadsbyggnadskontoret", "Stadsbyggnadskontoret", 217),
            new Forvaltning("serviceforvaltningen", "Serviceförvaltningen inkl. Merservice", 1652),
            new Forvaltning("fastighets-och-gatukontoret", "Fastighets- och gatukontoret inkl. patruller", 469),
            new Forvaltning("fritidsforvaltningen", "Fritidsförvaltningen", 399),
            new Forvaltning("miljoforvaltningen", "Miljöförvaltningen", 183),
            new Forvaltning("stadskontoret", "Stadskontoret", 332),
            new Forvaltning("kulturforvaltningen", "Kulturförvaltningen", 597),
            new Forvaltning("gymnasie-och-vuxenutbildningsforvaltningen", "Gymnasie- och vuxenutbildningsförvaltningen", 1584),
            new Forvaltning("grundskoleforvaltningen", "Grundskoleförvaltningen", 6095),
            new Forvaltning("forskoleforvaltningen", "Förskoleförvaltningen", 4683),
            new Forvaltning("halsa-vard-och-omsorgsforvaltningen", "Hälsa-, vård- och omsorgsförvaltningen", 5318),
            new Forvaltning("asf-interna-arbetslag-ama", "ASF inkl. interna arbetslag (AMA)", 2331),
            new Forvaltning("funktionsstodsforvaltningen", "Funktionsstödsförvaltningen", 2719));

    record Employer(String code, String name, String kind, String number) {
    }

    static final List<Employer> EMPLOYERS = List.of(
            new Employer("bussbolaget-syd", "Bussbolaget Syd AB", "privat", "556677-1233"),
            new Employer("skanes-stadservice", "Skånes Städservice AB", "privat", "559012-3450"),
            new Employer("foreningen-kvarterskraft", "Föreningen Kvarterskraft", "ideell", "802400-1110"),
            new Employer("if-framat", "Idrottsföreningen Framåt", "ideell", "802011-2234"),
            new Employer("aterbruket-syd", "Återbruket Syd ekonomisk förening", "asf", "769600-1234"));

    /** Summer jobs: occupations a förvaltning can offer youth (SSYK 2012). */
    static final List<String[]> SUMMER = List.of(new String[] {"9629", "Feriepraktik – service och skolgård"},
            new String[] {"9412", "Feriepraktik – kök och matsal"}, new String[] {"5312", "Feriepraktik – elevstöd"},
            new String[] {"3423", "Feriepraktik – fritidsverksamhet"}, new String[] {"9111", "Feriepraktik – lokalvård"},
            new String[] {"4430", "Feriepraktik – bibliotek"}, new String[] {"9622", "Feriepraktik – vaktmästeri"});
    static final List<String[]> EMPLOYMENT = List.of(new String[] {"5311", "Barnskötare"}, new String[] {"5312", "Elevassistent"},
            new String[] {"5321", "Undersköterska, äldreboende"}, new String[] {"5330", "Vårdbiträde"},
            new String[] {"5342", "Boendestödjare"}, new String[] {"9622", "Vaktmästare"}, new String[] {"9111", "Lokalvårdare"},
            new String[] {"9412", "Köksbiträde"}, new String[] {"4111", "Kontorsassistent"}, new String[] {"9610", "Återvinningsarbetare"});
    static final List<String> EMPLOYMENT_KINDS = List.of("extratjanst", "extratjanst", "utvecklingsanstallning", "nystartsjobb", "lonebidrag", "osa");
    static final List<String> PLACES = List.of("Rosengård", "Fosie", "Hyllie", "Södra Innerstaden", "Kirseberg", "Limhamn", "Centrum", "Oxie");

    @Inject
    SuiteClock clock;
    @Inject
    OrganisationService organisations;
    @Inject
    PlacementService placements;
    @Inject
    ClusterLock lock;
    @Inject
    DemoDataConfig demoData;

    void onStart(@Observes @jakarta.annotation.Priority(500) StartupEvent start) {
        if (!demoData.enabled()) {
            return;
        }
        Integer created = lock.runExclusively("placement-service.demo-data", this::load);
        LOG.infof("Demo data: %s organisations created", created == null ? "another replica is loading; 0" : created);
    }

    /** Creates whatever is missing; answers how many organisations were created. */
    public int load() {
        Random random = new Random(2020_09_28L);
        LocalDate today = clock.today();
        int summerYear = today.getMonthValue() > 6 ? today.getYear() + 1 : today.getYear();
        int created = 0;
        for (Forvaltning f : MALMO) {
            if (Organisation.byCode(f.code()) != null) {
                continue;
            }
            var org = organisations.register(new OrganisationRequest(f.code(), f.name(), "forvaltning", "212000-1124", "Malmö",
                    List.of(new Contact("Kontaktperson " + f.name(), "Arbetsmarknadssamordnare", null, null))));
            organisations.recordEmployees(org.id(), new EmployeeCountRequest(COUNTED_ON, f.employees()));
            Organisation entity = Organisation.findById(org.id());
            created++;
            int summerJobs = Math.max(1, Math.min(4, f.employees() / 800));
            for (int i = 0; i < summerJobs; i++) {
                String[] job = SUMMER.get(random.nextInt(SUMMER.size()));
                placements.create(entity, request("feriepraktik", job[1], job[0], 5 + random.nextInt(36),
                        LocalDate.of(summerYear, 6, 15), LocalDate.of(summerYear, 7, 10), 30, random,
                        new Requirements(null, false, 16, 19, null)));
            }
            int employments = Math.max(1, Math.min(5, f.employees() / 1000));
            for (int i = 0; i < employments; i++) {
                String[] job = EMPLOYMENT.get(random.nextInt(EMPLOYMENT.size()));
                String kind = EMPLOYMENT_KINDS.get(random.nextInt(EMPLOYMENT_KINDS.size()));
                LocalDate start = today.plusWeeks(1 + random.nextInt(8));
                placements.create(entity, request(kind, job[1], job[0], 1 + random.nextInt(6), start, start.plusMonths(12), 40,
                        random, new Requirements(random.nextBoolean() ? "sfi-2" : null, false, 18, null, null)));
            }
            if (random.nextInt(3) > 0) {
                String[] job = EMPLOYMENT.get(random.nextInt(EMPLOYMENT.size()));
                LocalDate start = today.plusWeeks(random.nextInt(6));
                placements.create(entity, request("praktik", "Praktik – " + job[1].toLowerCase(java.util.Locale.ROOT), job[0],
                        1 + random.nextInt(3), start, start.plusWeeks(8), 30, random, Requirements.NONE));
            }
        }
        for (Employer e : EMPLOYERS) {
            if (Organisation.byCode(e.code()) != null) {
                continue;
            }
            var org = organisations.register(new OrganisationRequest(e.code(), e.name(), e.kind(), e.number(), "Malmö",
                    List.of(new Contact("Rekryteringsansvarig", "Rekrytering", null, null))));
            Organisation entity = Organisation.findById(org.id());
            created++;
            switch (e.code()) {
                case "bussbolaget-syd" -> {
                    LocalDate start = today.plusWeeks(3);
                    placements.create(entity, request("jobbspar", "Bussförare – 12 veckor", "8331", 38, start, start.plusWeeks(12), 40,
                            random, new Requirements("sfi-3", true, 21, null, null)));
                    placements.create(entity, request("praktik", "Praktik – bussdepå, fordonsvård", "9120", 4, today.plusWeeks(2),
                            today.plusWeeks(10), 30, random, Requirements.NONE));
                }
                case "skanes-stadservice" -> {
                    placements.create(entity, request("nystartsjobb", "Lokalvårdare", "9111", 6, today.plusWeeks(2),
                            today.plusWeeks(2).plusMonths(12), 40, random, new Requirements("sfi-1", false, 18, null, null)));
                    placements.create(entity, request("praktik", "Praktik – städning", "9111", 5, today.plusWeeks(1),
                            today.plusWeeks(9), 30, random, Requirements.NONE));
                }
                case "aterbruket-syd" -> placements.create(entity, request("utvecklingsanstallning", "Återbruksmedarbetare", "9610", 8,
                        today.plusWeeks(1), today.plusWeeks(1).plusMonths(12), 40, random, Requirements.NONE));
                default -> {
                    placements.create(entity, request("praktik", "Praktik – föreningsverksamhet", "3423", 3, today.plusWeeks(2),
                            today.plusWeeks(14), 20, random, new Requirements(null, false, 18, null, null)));
                    placements.create(entity, request("feriepraktik", "Feriepraktik – sommarläger", "3423", 12,
                            LocalDate.of(summerYear, 6, 22), LocalDate.of(summerYear, 7, 17), 30, random,
                            new Requirements(null, false, 16, 19, null)));
                }
            }
        }
        return created;
    }

    private static PlacementRequest request(String kind, String title, String ssyk, int seats, LocalDate start, LocalDate end,
            int hours, Random random, Requirements requirements) {
        String place = PLACES.get(random.nextInt(PLACES.size()));
        return new PlacementRequest(null, kind, title, ssyk, title + " i " + place + ".", "Malmö", place, seats, start, end,
                BigDecimal.valueOf(hours), requirements, new Supervisor("Handledare " + place, null, null), true);
    }
}
