package se.arbetsmarknad.participant.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import se.arbetsmarknad.platform.demo.DemoDataConfig;
import se.arbetsmarknad.participant.common.Actor;
import se.arbetsmarknad.participant.demo.DemoHistory.Story;
import se.arbetsmarknad.participant.intervention.InterventionDtos.EndRequest;
import se.arbetsmarknad.participant.intervention.InterventionDtos.StartRequest;
import se.arbetsmarknad.participant.intervention.InterventionService;
import se.arbetsmarknad.participant.participant.ParticipantDtos.Attributes;
import se.arbetsmarknad.participant.participant.ParticipantDtos.EnrolRequest;
import se.arbetsmarknad.participant.participant.ParticipantDtos.ExitRequest;
import se.arbetsmarknad.participant.participant.EnrolmentService;
import se.arbetsmarknad.participant.participant.LifecycleService;
import se.arbetsmarknad.participant.plan.PlanDtos.PlanRequest;
import se.arbetsmarknad.participant.plan.PlanService;
import se.arbetsmarknad.participant.project.ProjectService;
import se.arbetsmarknad.platform.jobs.ClusterLock;
import se.arbetsmarknad.platform.validation.Luhn;

/**
 * Demo data for ./suite up ({@code suite.demo-data.enabled=true}): the {@link DemoHistory} since 2019 —
 * about 3 600 fictitious participants with their plans, interventions, IRIS memberships and exits —
 * written through the services, so every event goes through the outbox exactly as a case officer's work
 * would. It loads in the background after start-up (the service is ready at once), in batches of
 * {@value #BATCH} stories per transaction; the marker row {@code demo_data_load('history')} counts the
 * stories written and holds the day the history was generated for, so a restart continues where it
 * stopped and a loaded set is never loaded again. One replica loads at a time (a lock per batch).
 * The cohorts that placement-service's demo matches to places are enrolled here; {@link DemoCohortExits}
 * closes their cases once their placements have ended.
 */
@ApplicationScoped
public class DemoData {

    static final long SEED = 20_221_231L;
    static final String SET = "history";
    static final int BATCH = 100;
    private static final Logger LOG = Logger.getLogger(DemoData.class);
    private static final String LOCK = "participant-service.demo-data";

    private static final String[] WOMEN = { "Amira", "Sara", "Fatima", "Emma", "Hanna", "Leyla", "Maja", "Noor", "Elin", "Zahra",
            "Aisha", "Ida", "Maryam", "Julia", "Hodan", "Sofia", "Yasmin", "Linnea", "Rukia", "Alva", "Nadia", "Ebba", "Samira", "Wilma" };
    private static final String[] MEN = { "Ahmed", "Johan", "Mohammed", "Erik", "Ali", "Oscar", "Hassan", "Lucas", "Omar", "Filip",
            "Yusuf", "Viktor", "Abdi", "Emil", "Karim", "Anton", "Mustafa", "Hugo", "Daniel", "Samir", "Isak", "Bilal", "Elias", "Nils" };
    private static final String[] LAST = { "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson",
            "Svensson", "Gustafsson", "Hassan", "Mohamed", "Ali", "Ahmed", "Abdullahi", "Yilmaz", "Nguyen", "Kovač", "Haddad", "Berg",
            "Lindqvist", "Holm", "Sjöberg", "Jama", "Rahimi", "Novak", "Lund", "Ekström", "Warsame", "Popescu" };
    private static final String[][] OFFICERS = { { DemoHistory.YOUTH, "anna.handlaggare", "lisa.handlaggare" },
            { DemoHistory.ADULT, "erik.handlaggare", "omar.handlaggare" } };
    private static final String[] PLAN_GOALS = { "Arbete inom vård och omsorg", "Körkort och jobb som chaufför",
            "Studier på komvux", "Svenska och praktik", "Anställning med stöd", "Sommarjobb och fortsatta studier" };

    @Inject
    EntityManager em;
    @Inject
    EnrolmentService enrolments;
    @Inject
    LifecycleService lifecycle;
    @Inject
    PlanService plans;
    @Inject
    InterventionService interventions;
    @Inject
    ProjectService projects;
    @Inject
    ClusterLock lock;
    @Inject
    ManagedExecutor executor;
    @Inject
    Clock clock;

    @Inject
    DemoDataConfig demoData;

    void onStart(@Observes StartupEvent event) {
        if (demoData.enabled()) {
            executor.runAsync(() -> {
                try {
                    int loaded = load(Integer.MAX_VALUE);
                    LOG.infof("Demo data: %d stories loaded now (the history is complete)", loaded);
                } catch (RuntimeException e) {
                    LOG.error("Demo data: loading stopped; the next start continues", e);
                }
            });
        }
    }

    /**
     * Loads the history's stories up to {@code limit} (tests load part of it), continuing after those
     * loaded before.
     *
     * @return how many stories this call wrote (0 when they were there)
     */
    public int load(int limit) {
        LocalDate day = QuarkusTransaction.requiringNew().call(this::generationDay);
        List<Story> stories = DemoHistory.generate(SEED, day);
        List<String> numbers = personnummer(stories);
        int end = Math.min(limit, stories.size());
        int written = 0;
        while (true) {
            Integer n = QuarkusTransaction.requiringNew().timeout(600).call(() -> batch(stories, numbers, end));
            if (n == null || n == 0) {
                return written;
            }
            written += n;
        }
    }

    /** The day the history was first generated for (the marker's), so a continued load writes the same stories. */
    private LocalDate generationDay() {
        DemoDataLoad marker = em.find(DemoDataLoad.class, SET);
        if (marker == null) {
            marker = new DemoDataLoad();
            marker.name = SET;
            marker.rows = 0;
            marker.loadedAt = Instant.now(clock);
            em.persist(marker);
        }
        return LocalDate.ofInstant(marker.loadedAt, clock.getZone());
    }

    /** One batch in the caller's transaction; null when another replica holds the lock. */
    private Integer batch(List<Story> stories, List<String> numbers, int end) {
        if (!lock.tryLockForTransaction(LOCK)) {
            return null;
        }
        DemoDataLoad marker = em.find(DemoDataLoad.class, SET);
        int from = marker.rows;
        int to = Math.min(end, from + BATCH);
        for (int i = from; i < to; i++) {
            write(stories.get(i), numbers.get(i));
        }
        marker.rows = Math.max(from, to);
        return to - from;
    }

    private void write(Story s, String personnummer) {
        String[] unit = s.unit().equals(DemoHistory.YOUTH) ? OFFICERS[0] : OFFICERS[1];
        Random rnd = new Random(SEED + s.index());
        Actor officer = Actor.officer(rnd.nextInt(10) < 6 ? unit[1] : unit[2], unit[0]);
        DemoHistory.Attributes a = s.attributes();
        Attributes attributes = new Attributes(s.woman() ? WOMEN[rnd.nextInt(WOMEN.length)] : MEN[rnd.nextInt(MEN.length)],
                LAST[rnd.nextInt(LAST.length)], null, a.bornAbroad(), a.education(), a.swedishLevel(), a.children(),
                a.singleParent(), a.assistanceSince(), a.obstacle(), a.referral(), a.interests(), a.drivingLicence(),
                a.protectedIdentity());
        UUID id = enrolments.enrol(officer, new EnrolRequest(personnummer, null, null, s.enrolledOn(), attributes))
                .participantId();
        if (s.planOn() != null) {
            plans.update(officer, id, null, new PlanRequest(PLAN_GOALS[rnd.nextInt(PLAN_GOALS.length)],
                    List.of("Kartläggning", "Uppföljning varje månad"), s.planOn().plusDays(30 + rnd.nextInt(60)),
                    s.planOn()));
        }
        for (DemoHistory.Step step : s.steps()) {
            UUID iid = interventions.start(officer, id, new StartRequest(step.kind(), step.start(), step.plannedEnd(),
                    null)).id();
            if (step.endedOn() != null) {
                interventions.end(officer, id, iid, new EndRequest(step.endedOn()));
            }
        }
        if (s.project() != null) {
            projects.join(officer, id, s.project().project(), s.project().on());
        }
        if (s.exit() != null) {
            lifecycle.exit(officer, id, new ExitRequest(s.exit().on(), s.exit().reason(), null));
        }
    }

    /**
     * A Luhn-valid personnummer (or, for one in thirty, a samordningsnummer) per story, with the gender
     * digit set and the birth number never 000; unique over the whole history, so any batch gets the
     * same numbers as the first load would have.
     */
    static List<String> personnummer(List<Story> stories) {
        Set<String> used = new HashSet<>();
        return stories.stream().map(s -> {
            Random rnd = new Random(SEED * 31 + s.index());
            LocalDate birth = s.birth();
            boolean coordination = rnd.nextInt(30) == 0;
            while (true) {
                int day = birth.getDayOfMonth() + (coordination ? 60 : 0);
                int serial = (1 + rnd.nextInt(99)) * 10 + rnd.nextInt(5) * 2 + (s.woman() ? 0 : 1);
                String nine = "%02d%02d%02d%03d".formatted(birth.getYear() % 100, birth.getMonthValue(), day, serial);
                String pnr = "%04d%02d%02d-%03d%d".formatted(birth.getYear(), birth.getMonthValue(), day, serial,
                        Luhn.checkDigit(nine));
                if (used.add(pnr)) {
                    return pnr;
                }
            }
        }).toList();
    }
}
