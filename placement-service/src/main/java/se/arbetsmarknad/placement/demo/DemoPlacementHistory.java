package se.arbetsmarknad.placement.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import se.arbetsmarknad.platform.demo.DemoDataConfig;
import se.arbetsmarknad.placement.match.MatchDtos;
import se.arbetsmarknad.placement.match.MatchService;
import se.arbetsmarknad.placement.matching.ParticipantProfile;
import se.arbetsmarknad.placement.matching.ParticipantStatus;
import se.arbetsmarknad.placement.organisation.Organisation;
import se.arbetsmarknad.placement.placement.Placement;
import se.arbetsmarknad.placement.placement.PlacementDtos.PlacementRequest;
import se.arbetsmarknad.placement.placement.PlacementDtos.Requirements;
import se.arbetsmarknad.placement.placement.PlacementDtos.Supervisor;
import se.arbetsmarknad.placement.placement.PlacementService;
import se.arbetsmarknad.placement.quota.Apportionment;
import se.arbetsmarknad.platform.jobs.ClusterLock;
import se.arbetsmarknad.platform.time.SuiteClock;

/**
 * The demo's placement history, matched to the cohorts participant-service's demo enrolls (found by their
 * occupation interest, which no one else holds) as a case officer and the providers would have done it,
 * through {@link MatchService} with the days of the time: Malmö's förvaltningar employing 524 people on
 * 2020-09-28 as in Tabell 1, and the 603 summer jobs of 2022 — 447 municipal, 117 at non-profits, 39 private,
 * as in Lund's report. Each placement with its matches is one transaction; a placement that exists is
 * done. It waits until the cohorts have reached this service's participant projection, then runs once.
 */
@ApplicationScoped
public class DemoPlacementHistory {

    private static final Logger LOG = Logger.getLogger(DemoPlacementHistory.class);
    private static final String LOCK = "placement-service.demo-history";
    static final String CITY_INTEREST = "9622";
    static final String SUMMER_INTEREST = "9629";
    static final int CITY_EMPLOYMENTS = 524;
    static final int SUMMER_JOBS = 603;
    static final LocalDate TABELL_1_DAY = LocalDate.of(2020, 9, 28);
    static final LocalDate CITY_FROM = LocalDate.of(2019, 10, 1);
    static final LocalDate SUMMER_START = LocalDate.of(2022, 6, 13);
    static final LocalDate SUMMER_END = LocalDate.of(2022, 7, 8);

    /** Tabell 1's last column: employed in an arbetsmarknadsanställning on 2020-09-28, per förvaltning. */
    static final Map<String, Integer> EMPLOYED_2020 = ordered("serviceforvaltningen", 57,
            "fastighets-och-gatukontoret", 61, "fritidsforvaltningen", 4, "miljoforvaltningen", 2,
            "kulturforvaltningen", 10, "grundskoleforvaltningen", 31, "forskoleforvaltningen", 61,
            "halsa-vard-och-omsorgsforvaltningen", 58, "asf-interna-arbetslag-ama", 234, "funktionsstodsforvaltningen", 6);
    /** Lund's summer 2022 outside the förvaltningar: seats per organisation (non-profit 117, private 39). */
    static final Map<String, Integer> SUMMER_OTHERS = ordered("foreningen-kvarterskraft", 70, "if-framat", 47,
            "bussbolaget-syd", 14, "skanes-stadservice", 25);
    static final int SUMMER_MUNICIPAL = 447;

    @Inject
    PlacementService placements;
    @Inject
    MatchService matches;
    @Inject
    DemoIdentity identity;
    @Inject
    ClusterLock lock;
    @Inject
    SuiteClock clock;

    @Inject
    DemoDataConfig demoData;

    private volatile boolean done;

    @Scheduled(every = "20s", delayed = "40s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        if (demoData.enabled() && !done) {
            try {
                done = loadWhenReady();
            } catch (RuntimeException e) {
                LOG.warn("Demo data: the placement history is not complete yet; the next run continues", e);
            }
        }
    }

    /** @return true when the history is there (now or before); false while the cohorts are not all here yet */
    public boolean loadWhenReady() {
        boolean ready = QuarkusTransaction.requiringNew().call(() -> Organisation.byCode("grundskoleforvaltningen") != null
                && cohort(CITY_INTEREST).size() + matched(CITY_INTEREST) >= CITY_EMPLOYMENTS
                && cohort(SUMMER_INTEREST).size() + matched(SUMMER_INTEREST) >= SUMMER_JOBS);
        if (!ready) {
            return false;
        }
        int created = identity.asAdmin(() -> cityEmployments() + summerJobs());
        if (created > 0) {
            LOG.infof("Demo data: %d historical placements with their matches", created);
        }
        return true;
    }

    // ---- Tabell 1 ------------------------------------------------------------------------------------------

    private int cityEmployments() {
        long span = ChronoUnit.DAYS.between(CITY_FROM, TABELL_1_DAY);
        int created = 0;
        int k = 0;
        for (var e : EMPLOYED_2020.entrySet()) {
            String title = "Arbetsmarknadsanställningar 2019–2021";
            int first = k;
            k += e.getValue();
            String kind = e.getKey().startsWith("asf") ? "utvecklingsanstallning" : "extratjanst";
            created += QuarkusTransaction.requiringNew().timeout(600).call(() -> {
                Organisation org = Organisation.byCode(e.getKey());
                if (!lockedAndAbsent(org, title)) {
                    return 0;
                }
                Placement p = placements.create(org, request(kind, title, "9629", e.getValue(), CITY_FROM,
                        TABELL_1_DAY.plusYears(1), Requirements.NONE));
                List<UUID> people = cohort(CITY_INTEREST).subList(0, e.getValue());
                for (int i = 0; i < people.size(); i++) {
                    LocalDate start = CITY_FROM.plusDays(span * (first + i) / CITY_EMPLOYMENTS);
                    history(p.id, people.get(i), start.minusDays(21), start, start.plusYears(1).minusDays(1));
                }
                closeWhenOver(p);
                return 1;
            });
        }
        return created;
    }

    // ---- feriepraktik 2022 ---------------------------------------------------------------------------------

    private int summerJobs() {
        Map<String, Integer> seats = new LinkedHashMap<>();
        Map<String, Integer> employees = new LinkedHashMap<>();
        for (DemoData.Forvaltning f : DemoData.MALMO) {
            employees.put(f.code(), f.employees());
        }
        // The municipal places in proportion to the förvaltningar's staff, adding up to 447 exactly.
        seats.putAll(Apportionment.largestRemainder(employees, SUMMER_MUNICIPAL));
        seats.putAll(SUMMER_OTHERS);
        int created = 0;
        for (var e : seats.entrySet()) {
            String title = "Feriepraktik sommaren 2022";
            if (e.getValue() == 0) {
                continue;
            }
            created += QuarkusTransaction.requiringNew().timeout(600).call(() -> {
                Organisation org = Organisation.byCode(e.getKey());
                if (!lockedAndAbsent(org, title)) {
                    return 0;
                }
                Placement p = placements.create(org, request("feriepraktik", title, "9629", e.getValue(), SUMMER_START,
                        SUMMER_END, new Requirements(null, false, 16, 19, null)));
                for (UUID youth : cohort(SUMMER_INTEREST).subList(0, e.getValue())) {
                    history(p.id, youth, LocalDate.of(2022, 4, 25), LocalDate.of(2022, 5, 16), SUMMER_END);
                }
                closeWhenOver(p);
                return 1;
            });
        }
        return created;
    }

    // ---- helpers -------------------------------------------------------------------------------------------

    /**
     * One match as it went: proposed, accepted (the placement starts then at the earliest), started, and
     * ended on its day when that day has passed.
     */
    private void history(UUID placement, UUID participant, LocalDate proposed, LocalDate accepted, LocalDate ended) {
        UUID match = matches.propose(new MatchDtos.Proposal(placement, participant, proposed)).id();
        var view = matches.accept(match, accepted);
        matches.start(match, new MatchDtos.Start(view.startDate()));
        if (!ended.isAfter(clock.today())) {
            matches.end(match, new MatchDtos.End("fullfoljd", ended));
        }
    }

    private void closeWhenOver(Placement p) {
        if (p.periodEnd.isBefore(clock.today())) {
            placements.close(p.id);
        }
    }

    /** Active cohort participants of this interest without any match yet, in a fixed order. */
    static List<UUID> cohort(String interest) {
        return ParticipantProfile.<ParticipantProfile>list(
                "status = ?1 and occupationInterests like ?2 and participantId not in"
                        + " (select m.participantId from Match m) order by participantId",
                ParticipantStatus.ACTIVE, "%" + interest + "%").stream().map(p -> p.participantId).toList();
    }

    static long matched(String interest) {
        return ParticipantProfile.count("occupationInterests like ?1 and participantId in"
                + " (select m.participantId from Match m)", "%" + interest + "%");
    }

    /**
     * Whether this transaction may write the placement: it holds the demo's lock (another replica's run
     * holds it otherwise; that one writes it) and the placement is not there yet. One short transaction per
     * placement, so no transaction outlives its timeout however long the whole history takes.
     */
    private boolean lockedAndAbsent(Organisation org, String title) {
        return lock.tryLockForTransaction(LOCK)
                && Placement.count("organisationId = ?1 and title = ?2", org.id, title) == 0;
    }

    private static PlacementRequest request(String kind, String title, String ssyk, int seats, LocalDate start,
            LocalDate end, Requirements requirements) {
        return new PlacementRequest(null, kind, title, ssyk, title + ".", "Malmö", null, seats, start, end,
                BigDecimal.valueOf(kind.equals("feriepraktik") ? 30 : 40), requirements,
                new Supervisor("Handledare", null, null), true);
    }

    private static Map<String, Integer> ordered(Object... pairs) {
        Map<String, Integer> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (Integer) pairs[i + 1]);
        }
        return map;
    }
}
