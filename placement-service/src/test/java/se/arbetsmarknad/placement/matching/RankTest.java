package se.arbetsmarknad.placement.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import se.arbetsmarknad.placement.common.EducationLevel;
import se.arbetsmarknad.placement.common.SwedishLevel;
import se.arbetsmarknad.placement.placement.PlacementKind;
import se.arbetsmarknad.placement.placement.PlacementStatus;

/**
 * The one-pass ranking over the pool's ordered snapshot gives exactly what scoring every placement and
 * sorting them all gives; and the snapshot follows every change of the pool at once.
 */
class RankTest {

    static final LocalDate AS_OF = LocalDate.of(2026, 3, 2);
    static final String[] SSYK = {"5311", "5321", "5322", "8331", "8332", "9111", "9112", "4111", "7411", "7119"};

    @Test
    void sameAsScoringAndSortingEverything() {
        Random random = new Random(11);
        for (int run = 0; run < 300; run++) {
            PlacementPool pool = new PlacementPool();
            List<PlacementFacts> all = new ArrayList<>();
            int n = random.nextInt(400);
            for (int i = 0; i < n; i++) {
                PlacementFacts pl = placement(random);
                pool.put(pl);
                all.add(pl);
            }
            ParticipantFacts p = participant(random);
            Scoring.Preferences prefs = new Scoring.Preferences(
                    random.nextBoolean() ? Set.of() : EnumSet.of(PlacementKind.values()[random.nextInt(PlacementKind.values().length)]),
                    random.nextBoolean() ? null : new String[] {"Fosie", "Centrum", "Malmö"}[random.nextInt(3)]);
            boolean includeExcluded = random.nextBoolean();
            int limit = 1 + random.nextInt(60);

            List<PlacementFacts> expected = all.stream()
                    .filter(pl -> pl.status == PlacementStatus.OPEN && !pl.periodEnd.isBefore(AS_OF))
                    .filter(pl -> includeExcluded || Scoring.quickScore(p, pl, prefs, AS_OF) != Scoring.EXCLUDED)
                    .sorted(Comparator.comparingInt((PlacementFacts pl) -> -Scoring.quickScore(p, pl, prefs, AS_OF))
                            .thenComparing(PlacementPool.BY_START))
                    .limit(limit).toList();
            List<MatchingService.Scored<PlacementFacts>> actual =
                    MatchingService.rank(p, pool.openByStart(), prefs, AS_OF, includeExcluded, limit);

            assertThat(actual.stream().map(MatchingService.Scored::item).toList()).isEqualTo(expected);
            assertThat(actual).allSatisfy(s -> assertThat(s.score()).isEqualTo(Scoring.quickScore(p, s.item(), prefs, AS_OF)));
        }
    }

    @Test
    void theSnapshotFollowsEveryChangeAtOnce() {
        PlacementPool pool = new PlacementPool();
        PlacementFacts a = placement(new Random(1));
        pool.put(a);
        assertThat(pool.openByStart()).containsExactly(a);

        PlacementFacts edited = withStatus(a, PlacementStatus.OPEN, "edited", a.version + 1);
        pool.put(edited);
        assertThat(pool.openByStart()).containsExactly(edited);

        pool.put(withStatus(a, PlacementStatus.OPEN, "late and older", a.version)); // never replaces a newer state
        assertThat(pool.openByStart()).extracting(pl -> pl.title).containsExactly("edited");

        PlacementFacts closed = withStatus(a, PlacementStatus.CLOSED, "edited", a.version + 2);
        pool.put(closed);
        assertThat(pool.openByStart()).isEmpty();

        PlacementFacts b = placement(new Random(2));
        pool.put(withStatus(b, PlacementStatus.OPEN, b.title, b.version));
        assertThat(pool.openByStart()).extracting(pl -> pl.id).containsExactly(b.id);
        pool.retainAll(Set.of(a.id)); // a full reload that no longer finds b
        assertThat(pool.openByStart()).isEmpty();
    }

    static PlacementFacts withStatus(PlacementFacts p, PlacementStatus status, String title, long version) {
        return new PlacementFacts(p.id, p.organisationId, p.kind, title, p.ssyk, p.municipality, p.place, p.seats, p.seatsFilled,
                status, p.periodStart, p.periodEnd, p.swedishLevel, p.drivingLicence, p.ageMin, p.ageMax, p.educationLevel, version);
    }

    /** Few start days, so that many placements tie on score and start and the id decides. */
    static PlacementFacts placement(Random random) {
        LocalDate start = AS_OF.plusDays(random.nextInt(5) - 60);
        int seats = 1 + random.nextInt(3);
        Integer ageMin = random.nextInt(3) == 0 ? 18 : null;
        PlacementStatus[] statuses = {PlacementStatus.OPEN, PlacementStatus.OPEN, PlacementStatus.OPEN, PlacementStatus.DRAFT};
        return new PlacementFacts(new UUID(random.nextInt(3), random.nextLong()), new UUID(0, 1),
                PlacementKind.values()[random.nextInt(PlacementKind.values().length)], "Plats", SSYK[random.nextInt(SSYK.length)],
                "Malmö", new String[] {"Fosie", "Centrum", null}[random.nextInt(3)], seats, random.nextInt(seats + 1),
                statuses[random.nextInt(statuses.length)], start, start.plusDays(30 + random.nextInt(60)),
                random.nextBoolean() ? null : SwedishLevel.REQUIRABLE.get(random.nextInt(4)), random.nextInt(4) == 0, ageMin,
                ageMin == null ? null : 24 + random.nextInt(40), random.nextInt(5) == 0 ? EducationLevel.GYMNASIAL : null, 1);
    }

    static ParticipantFacts participant(Random random) {
        List<String> interests = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            interests.add(SSYK[random.nextInt(SSYK.length)].substring(0, 1 + random.nextInt(4)));
        }
        return new ParticipantFacts(UUID.randomUUID(), "unga-18-24", "K", 1990 + random.nextInt(15), "18-24",
                EducationLevel.REQUIRABLE.get(random.nextInt(3)), SwedishLevel.REQUIRABLE.get(random.nextInt(4)), random.nextBoolean(),
                interests, ParticipantStatus.ACTIVE);
    }
}
