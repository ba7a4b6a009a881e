package se.arbetsmarknad.placement.benchmark;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import se.arbetsmarknad.placement.common.EducationLevel;
import se.arbetsmarknad.placement.common.SwedishLevel;
import se.arbetsmarknad.placement.matching.MatchingService;
import se.arbetsmarknad.placement.matching.ParticipantFacts;
import se.arbetsmarknad.placement.matching.ParticipantProfile;
import se.arbetsmarknad.placement.matching.ParticipantStatus;
import se.arbetsmarknad.placement.matching.PlacementFacts;
import se.arbetsmarknad.placement.matching.Scoring;
import se.arbetsmarknad.placement.placement.Placement;
import se.arbetsmarknad.placement.placement.PlacementKind;
import se.arbetsmarknad.placement.placement.PlacementStatus;

/**
 * Not a test (Surefire runs *Test only). Run after `test-compile`:
 * <pre>
 * java -Xmx2g -cp "placement-service/target/classes:placement-service/target/test-classes:$(cat cp.txt)" \
 *     se.arbetsmarknad.placement.benchmark.PlacementBenchmark
 * </pre>
 * (cp.txt from {@code mvn -pl placement-service dependency:build-classpath -Dmdep.outputFile=cp.txt}).
 * Measures the same code the endpoint runs, in memory (no database, no HTTP): ranking one participant's
 * placements among 10 000 open ones. The allocation has its own benchmark ({@link AllocationBenchmark}),
 * which uses the generators below.
 */
public final class PlacementBenchmark {

    static final String[] SSYK = {"5311", "5312", "5321", "5322", "5330", "5341", "5342", "5343", "8331", "8332", "8321", "8344",
            "9111", "9112", "9121", "9412", "9413", "9611", "9621", "9622", "9629", "4111", "4222", "4321", "4430", "5120", "5131",
            "5221", "5222", "5230", "7111", "7114", "7119", "7131", "7411", "3423", "3412", "2512", "5414", "5152"};

    public static void main(String[] args) {
        LocalDate asOf = LocalDate.of(2026, 1, 5);
        Random random = new Random(42);
        System.out.printf("Java %s, %d processors%n", System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());

        // 1. Ranking: one participant among 10 000 open placements.
        // In the index's order (start, then id), as MatchingIndex keeps its open placements.
        PlacementFacts[] tenThousand = placements(random, 10_000, asOf).stream().map(PlacementFacts::of)
                .sorted(Comparator.<PlacementFacts, LocalDate>comparing(pl -> pl.periodStart).thenComparing(pl -> pl.id))
                .toArray(PlacementFacts[]::new);
        ParticipantFacts one = ParticipantFacts.of(participant(random));
        for (int i = 0; i < 30; i++) {
            rank(one, tenThousand, asOf); // warm-up
        }
        int runs = 200;
        long[] times = new long[runs];
        int found = 0;
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            found = rank(one, tenThousand, asOf);
            times[i] = System.nanoTime() - t;
        }
        Arrays.sort(times);
        System.out.printf("ranking 10 000 placements for one participant: median %.2f ms, p95 %.2f ms (%d shown, explained)%n",
                times[runs / 2] / 1e6, times[runs * 95 / 100] / 1e6, found);
    }

    /** Requirements as employments and job tracks set them: Swedish, an age range, often a licence. */
    static void strict(Placement p, Random random) {
        p.swedishLevel = SwedishLevel.REQUIRABLE.get(1 + random.nextInt(3));
        p.drivingLicence = random.nextInt(3) == 0;
        int band = random.nextInt(3);
        p.ageMin = new int[] {18, 25, 30}[band];
        p.ageMax = new int[] {24, 29, 64}[band];
        p.educationLevel = random.nextBoolean() ? EducationLevel.GYMNASIAL : null;
    }

    /** The endpoint's ranking and explanations of the top 50, on the index's precomputed facts. */
    static int rank(ParticipantFacts p, PlacementFacts[] placements, LocalDate asOf) {
        Scoring.Preferences prefs = new Scoring.Preferences(Set.of(PlacementKind.PRAKTIK), "Fosie");
        List<MatchingService.Scored<PlacementFacts>> top = MatchingService.rank(p, placements, prefs, asOf, false, 50);
        top.forEach(s -> Scoring.evaluate(p, s.item(), prefs, asOf));
        return top.size();
    }

    static List<Placement> placements(Random random, int n, LocalDate asOf) {
        List<Placement> list = new ArrayList<>();
        String[] places = {"Rosengård", "Fosie", "Hyllie", "Kirseberg", "Limhamn", "Centrum", "Oxie"};
        for (int i = 0; i < n; i++) {
            Placement p = new Placement();
            p.id = new UUID(random.nextLong(), random.nextLong());
            p.organisationId = new UUID(0, random.nextInt(60));
            p.kind = PlacementKind.values()[random.nextInt(PlacementKind.values().length)];
            p.title = "Plats " + i;
            p.ssyk = SSYK[random.nextInt(SSYK.length)];
            p.municipality = "Malmö";
            p.place = places[random.nextInt(places.length)];
            p.seats = 1 + random.nextInt(3);
            p.seatsFilled = 0;
            p.periodStart = asOf.plusDays(random.nextInt(60));
            p.periodEnd = p.periodStart.plusWeeks(8 + random.nextInt(40));
            p.hoursPerWeek = BigDecimal.valueOf(40);
            p.status = PlacementStatus.OPEN;
            p.drivingLicence = random.nextInt(4) == 0;
            p.swedishLevel = random.nextBoolean() ? SwedishLevel.REQUIRABLE.get(random.nextInt(4)) : null;
            if (random.nextInt(3) == 0) {
                p.ageMin = 18;
                p.ageMax = random.nextBoolean() ? 24 : 64;
            }
            p.educationLevel = random.nextInt(5) == 0 ? EducationLevel.GYMNASIAL : null;
            list.add(p);
        }
        return list;
    }

    static ParticipantProfile participant(Random random) {
        ParticipantProfile p = new ParticipantProfile();
        p.participantId = new UUID(random.nextLong(), random.nextLong());
        p.unit = random.nextBoolean() ? "unga-18-24" : "arbete-forsorjning";
        p.gender = random.nextBoolean() ? "K" : "M";
        p.birthYear = 2026 - 18 - random.nextInt(45);
        p.educationLevel = EducationLevel.REQUIRABLE.get(random.nextInt(3));
        p.swedishLevel = random.nextInt(8) == 0 ? SwedishLevel.OKAND : SwedishLevel.REQUIRABLE.get(random.nextInt(4));
        p.drivingLicence = random.nextInt(3) == 0;
        p.occupationInterests = SSYK[random.nextInt(SSYK.length)].substring(0, 2 + random.nextInt(3)) + ","
                + SSYK[random.nextInt(SSYK.length)];
        p.singleParent = random.nextInt(6) == 0;
        p.childrenInHousehold = p.singleParent || random.nextInt(3) == 0;
        p.assistanceSince = random.nextBoolean() ? LocalDate.of(2026, 1, 5).minusMonths(random.nextInt(48)) : null;
        p.status = ParticipantStatus.ACTIVE;
        return p;
    }
}
