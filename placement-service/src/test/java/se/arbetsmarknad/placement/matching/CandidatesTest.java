package se.arbetsmarknad.placement.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import se.arbetsmarknad.placement.common.EducationLevel;
import se.arbetsmarknad.placement.common.SwedishLevel;
import se.arbetsmarknad.placement.placement.PlacementKind;
import se.arbetsmarknad.placement.placement.PlacementStatus;
import se.arbetsmarknad.platform.security.UnitScope;

/**
 * Candidates found from the placement's SSYK code ({@link MatchingService#candidates}) are exactly the best
 * of scoring every participant ({@link MatchingService#top}), also after participants changed or left.
 */
class CandidatesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    static final String[] CODES = {"5", "51", "512", "5120", "5121", "513", "5131", "52", "5221", "2", "21", "2111", "9111", "91"};
    static final String[] UNITS = {"unga-18-24", "arbete-forsorjning"};

    @Test
    void sameAsScoringEveryParticipant() {
        Random random = new Random(11);
        for (int run = 0; run < 300; run++) {
            ParticipantPool pool = new ParticipantPool();
            List<ParticipantFacts> all = new ArrayList<>();
            int n = random.nextInt(400);
            for (int i = 0; i < n; i++) {
                ParticipantFacts p = participant(random, UUID.randomUUID());
                pool.put(p);
                all.add(p);
            }
            // some change (other interests, another unit) or leave: the pool must forget what they were
            for (int i = 0; i < n / 5; i++) {
                ParticipantFacts old = all.get(random.nextInt(all.size()));
                all.remove(old);
                if (random.nextBoolean()) {
                    pool.remove(old.participantId);
                } else {
                    ParticipantFacts changed = participant(random, old.participantId);
                    pool.put(changed);
                    all.add(changed);
                }
            }
            PlacementFacts pl = placement(random);
            UnitScope units = random.nextInt(3) == 0 ? UnitScope.ALL : UnitScope.only(UNITS[random.nextInt(UNITS.length)]);
            int limit = 1 + random.nextInt(60);

            List<ParticipantFacts> inScope = all.stream().filter(p -> units.includes(p.unit)).toList();
            List<MatchingService.Scored<ParticipantFacts>> expected = MatchingService.top(new ArrayList<>(inScope),
                    p -> Scoring.quickScore(p, pl, Scoring.Preferences.NONE, TODAY), false, limit,
                    Comparator.comparing(p -> p.participantId));
            List<MatchingService.Scored<ParticipantFacts>> actual = MatchingService.candidates(pool, pl, units, TODAY, limit);

            assertThat(actual).isEqualTo(expected);
            assertThat(pool.size()).isEqualTo(all.size());
        }
    }

    static ParticipantFacts participant(Random random, UUID id) {
        List<String> interests = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            String code = CODES[random.nextInt(CODES.length)];
            if (!interests.contains(code)) {
                interests.add(code);
            }
        }
        return new ParticipantFacts(id, UNITS[random.nextInt(UNITS.length)], random.nextBoolean() ? "K" : "M",
                random.nextInt(8) == 0 ? null : 1965 + random.nextInt(45), "20-24",
                EducationLevel.values()[random.nextInt(EducationLevel.values().length)],
                SwedishLevel.values()[random.nextInt(SwedishLevel.values().length)], random.nextBoolean(), List.copyOf(interests),
                ParticipantStatus.ACTIVE);
    }

    static PlacementFacts placement(Random random) {
        String ssyk = CODES[random.nextInt(CODES.length)];
        while (ssyk.length() < 4) {
            ssyk += random.nextInt(10);
        }
        boolean ages = random.nextInt(3) == 0;
        return new PlacementFacts(UUID.randomUUID(), UUID.randomUUID(), PlacementKind.values()[0], "Plats", ssyk, "Lund",
                "Centrum", 3, random.nextInt(4) == 0 ? 3 : 0, PlacementStatus.OPEN, TODAY, TODAY.plusMonths(3),
                random.nextBoolean() ? null : SwedishLevel.values()[random.nextInt(SwedishLevel.values().length)],
                random.nextInt(4) == 0, ages ? 18 : null, ages ? 30 : null,
                random.nextInt(4) == 0 ? EducationLevel.values()[random.nextInt(EducationLevel.values().length)] : null, 0);
    }
}
