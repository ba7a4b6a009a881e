package se.arbetsmarknad.participant.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import se.arbetsmarknad.participant.common.Actor;
import se.arbetsmarknad.participant.common.Personnummer;
import se.arbetsmarknad.participant.common.Today;
import se.arbetsmarknad.participant.intervention.InterventionDtos.EndRequest;
import se.arbetsmarknad.participant.intervention.InterventionDtos.StartRequest;
import se.arbetsmarknad.participant.intervention.InterventionService;
import se.arbetsmarknad.participant.participant.ParticipantDtos.Attributes;
import se.arbetsmarknad.participant.participant.ParticipantDtos.EnrolRequest;
import se.arbetsmarknad.participant.participant.ParticipantDtos.ExitRequest;
import se.arbetsmarknad.participant.participant.EnrolmentService;
import se.arbetsmarknad.participant.participant.LifecycleService;
import se.arbetsmarknad.participant.plan.PlanDtos.FollowUpRequest;
import se.arbetsmarknad.participant.plan.PlanDtos.PlanRequest;
import se.arbetsmarknad.participant.plan.PlanService;
import se.arbetsmarknad.participant.project.ProjectService;

/**
 * Demo data for ./suite up (suite.demo-data.enabled=true): a few hundred fictitious participants across
 * the two units, generated from a fixed seed (same people every time, dates relative to today so the
 * worklists look alive), written through the services so every event goes through the outbox.
 * Loaded once, in one transaction (table demo_data_load marks it).
 */
@ApplicationScoped
public class DemoData {

    public static final int PARTICIPANTS = 300;
    private static final Logger LOG = Logger.getLogger(DemoData.class);
    private static final long SEED = 20_221_231L;
    private static final String SET = "participants";

    private static final String[] WOMEN = { "Amira", "Sara", "Fatima", "Emma", "Hanna", "Leyla", "Maja", "Noor", "Elin", "Zahra",
            "Aisha", "Ida", "Maryam", "Julia", "Hodan", "Sofia", "Yasmin", "Linnea", "Rukia", "Alva", "Nadia", "Ebba", "Samira", "Wilma" };
    private static final String[] MEN = { "Ahmed", "Johan", "Mohammed", "Erik", "Ali", "Oscar", "Hassan", "Lucas", "Omar", "Filip",
            "Yusuf", "Viktor", "Abdi", "Emil", "Karim", "Anton", "Mustafa", "Hugo", "Daniel", "Samir", "Isak", "Bilal", "Elias", "Nils" };
    private static final String[] LAST = { "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson",
            "Svensson", "Gustafsson", "Hassan", "Mohamed", "Ali", "Ahmed", "Abdullahi", "Yilmaz", "Nguyen", "Kovač", "Haddad", "Berg",
            "Lindqvist", "Holm", "Sjöberg", "Jama", "Rahimi", "Novak", "Lund", "Ekström", "Warsame", "Popescu" };
    private static final String[][] OFFICERS = { { "unga-18-24", "anna.handlaggare", "lisa.handlaggare" },
            { "arbete-forsorjning", "erik.handlaggare", "omar.handlaggare" } };
    private static final String[] YOUTH_KINDS = { "feriepraktik", "praktik", "praktik", "ungdomssamtal", "ungdomssamtal",
            "studievagledning", "studievagledning", "extratjanst", "jobbspar", "supported-employment" };
    private static final String[] ADULT_KINDS = { "extratjanst", "extratjanst", "nystartsjobb", "nystartsjobb",
            "utvecklingsanstallning", "lonebidrag", "osa", "beredskapsanstallning", "praktik", "praktik", "jobbspar", "sprakstod",
            "ips", "supported-employment", "studievagledning" };
    private static final String[] SSYK = { "5321", "9412", "8331", "5120", "4322", "9111", "5223", "7411", "8332", "5311",
            "9621", "3451", "2235", "5330", "9331" };
    private static final String[] OBSTACLES = { "arbetsloshet", "arbetsloshet", "arbetsloshet", "sjukskriven-lakarintyg",
            "otillrackliga-inkomster", "vantar-pa-ersattning", "sociala-skal" };

    @Inject
    jakarta.persistence.EntityManager em;
    @Inject
    EnrolmentService participants;
    @Inject
    LifecycleService lifecycle;
    @Inject
    PlanService plans;
    @Inject
    InterventionService interventions;
    @Inject
    ProjectService projects;

    @ConfigProperty(name = "suite.demo-data.enabled", defaultValue = "false")
    boolean enabled;

    void onStart(@Observes StartupEvent event) {
        if (enabled) {
            int loaded = load(PARTICIPANTS);
            LOG.infof("Demo data: %d participants loaded", loaded);
        }
    }

    /** @return how many participants were loaded (0 when the demo set was loaded before) */
    public int load(int count) {
        if (QuarkusTransaction.requiringNew().call(() -> em.find(DemoDataLoad.class, SET)) != null) {
            return 0;
        }
        Random rnd = new Random(SEED);
        LocalDate today = Today.get();
        Set<String> used = new HashSet<>();
        // One transaction (the services join it): all or nothing, and one commit instead of ~1 500 at start-up.
        QuarkusTransaction.requiringNew().timeout(900).run(() -> {
            for (int i = 0; i < count; i++) {
                one(rnd, i, today, used);
            }
            DemoDataLoad marker = new DemoDataLoad();
            marker.name = SET;
            marker.rows = count;
            marker.loadedAt = java.time.Instant.now();
            em.persist(marker);
        });
        return count;
    }

    private void one(Random rnd, int i, LocalDate today, Set<String> used) {
        boolean youth = i % 2 == 0;
        String[] unit = OFFICERS[youth ? 0 : 1];
        Actor officer = Actor.officer(rnd.nextInt(10) < 6 ? unit[1] : unit[2], unit[0]);
        boolean woman = rnd.nextBoolean();
        int age = youth ? 18 + rnd.nextInt(7) : pick(rnd, 25, 25, 30, 30, 35, 40, 45, 50, 55, 58, 61) + rnd.nextInt(5);
        LocalDate enrolled = today.minusDays(rnd.nextInt(720));
        LocalDate birth = enrolled.minusYears(age).minusDays(rnd.nextInt(365));
        String pnr = personnummer(rnd, birth, woman, rnd.nextInt(30) == 0, used);
        boolean bornAbroad = rnd.nextInt(100) < 55;
        boolean children = !youth && rnd.nextInt(100) < 45 || youth && rnd.nextInt(100) < 10;
        boolean single = children && woman && rnd.nextInt(100) < 50;
        LocalDate assistance = rnd.nextInt(100) < 75 ? enrolled.minusMonths(rnd.nextInt(40)).withDayOfMonth(1) : null;
        List<String> interests = new ArrayList<>();
        for (int k = rnd.nextInt(3); k >= 0; k--) {
            String code = SSYK[rnd.nextInt(SSYK.length)];
            if (!interests.contains(code)) {
                interests.add(code);
            }
        }
        Attributes attributes = new Attributes(woman ? WOMEN[rnd.nextInt(WOMEN.length)] : MEN[rnd.nextInt(MEN.length)],
                LAST[rnd.nextInt(LAST.length)], null, bornAbroad,
                pick(rnd, "forgymnasial", "forgymnasial", "gymnasial", "gymnasial", "gymnasial", "eftergymnasial", "okand"),
                bornAbroad ? pick(rnd, "sfi-1", "sfi-2", "sfi-2", "sfi-3", "sfi-3", "modersmal") : "modersmal",
                children, single, assistance, assistance == null ? null : OBSTACLES[rnd.nextInt(OBSTACLES.length)],
                assistance != null ? "ekonomiskt-bistand" : pick(rnd, "arbetsformedlingen", "egen-anmalan", "annan"),
                interests, rnd.nextInt(100) < (youth ? 25 : 45), rnd.nextInt(100) < 2);
        UUID id = participants.enrol(officer, new EnrolRequest(pnr, null, null, enrolled, attributes)).participantId();

        if (rnd.nextInt(100) < 75) {
            LocalDate decided = min(enrolled.plusDays(rnd.nextInt(15)), today);
            plans.update(officer, id, null, new PlanRequest(pick(rnd, "Arbete inom vård och omsorg", "Körkort och jobb som chaufför",
                    "Studier på komvux", "Svenska och praktik", "Anställning med stöd", "Sommarjobb och fortsatta studier"),
                    List.of("Kartläggning", pick(rnd, "Praktik", "Sfi", "Körkortsteori", "CV och ansökan")),
                    decided.plusDays(14 + rnd.nextInt(110)), decided));
            if (rnd.nextInt(100) < 40 && decided.plusDays(20).isBefore(today)) {
                LocalDate held = decided.plusDays(20);
                plans.recordFollowUp(officer, id, new FollowUpRequest(held, "Uppföljning enligt plan",
                        min(held.plusDays(30 + rnd.nextInt(90)), today.plusDays(90))));
            }
        }
        LocalDate lastStart = enrolled;
        if (rnd.nextInt(100) < 65) {
            int n = 1 + (rnd.nextInt(100) < 30 ? 1 : 0);
            for (int k = 0; k < n; k++) {
                String kind = youth ? YOUTH_KINDS[rnd.nextInt(YOUTH_KINDS.length)] : ADULT_KINDS[rnd.nextInt(ADULT_KINDS.length)];
                LocalDate start = min(lastStart.plusDays(3 + rnd.nextInt(60)), today);
                UUID iid = interventions.start(officer, id, new StartRequest(kind, start, start.plusMonths(3 + rnd.nextInt(10)), null)).id();
                lastStart = start;
                if (rnd.nextInt(100) < 40 && start.plusDays(45).isBefore(today)) {
                    LocalDate end = start.plusDays(30 + rnd.nextInt(15));
                    interventions.end(officer, id, iid, new EndRequest(end));
                    lastStart = end;
                }
            }
        }
        int project = rnd.nextInt(100);
        if (youth && project < 25) {
            projects.join(officer, id, "iris-usb", enrolled);
        } else if (!youth && project < 15) {
            projects.join(officer, id, "iris-kompetenstrappan", enrolled);
        } else if (!youth && project < 25) {
            projects.join(officer, id, "iris-insam", enrolled);
        } else if (project >= 96) {
            projects.join(officer, id, "finsam-steget", enrolled);
        }
        if (rnd.nextInt(100) < 15 && lastStart.plusDays(30).isBefore(today)) {
            lifecycle.exit(officer, id, new ExitRequest(lastStart.plusDays(30), pick(rnd, "arbete", "arbete", "arbete", "studier",
                    "studier", "annat-stod", "flyttat", "annat"), null));
        }
    }

    /** A Luhn-valid personnummer (or, now and then, samordningsnummer) with the gender digit set. */
    static String personnummer(Random rnd, LocalDate birth, boolean woman, boolean coordination, Set<String> used) {
        while (true) {
            int day = birth.getDayOfMonth() + (coordination ? 60 : 0);
            int serial = rnd.nextInt(100) * 10 + rnd.nextInt(5) * 2 + (woman ? 0 : 1);
            String nine = "%02d%02d%02d%03d".formatted(birth.getYear() % 100, birth.getMonthValue(), day, serial);
            String pnr = "%04d%02d%02d-%03d%d".formatted(birth.getYear(), birth.getMonthValue(), day, serial, Personnummer.luhn(nine));
            if (used.add(pnr)) {
                return pnr;
            }
        }
    }

    @SafeVarargs
    private static <T> T pick(Random rnd, T... values) {
        return values[rnd.nextInt(values.length)];
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
