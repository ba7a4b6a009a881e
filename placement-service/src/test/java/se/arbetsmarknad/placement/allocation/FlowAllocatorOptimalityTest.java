package se.arbetsmarknad.placement.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import se.arbetsmarknad.placement.allocation.AllocationProblem.Pair;
import se.arbetsmarknad.placement.allocation.FlowAllocator.Result;

/** The flow allocation against exhaustive search on small random instances (seeded, reproducible). */
class FlowAllocatorOptimalityTest {

    /** A small instance as pairs, so that the exhaustive search reads it independently of the solver's arrays. */
    record Instance(String[] genders, int[] capacities, List<Pair> pairs, int rules, boolean genderBalance) {
        AllocationProblem problem() {
            return AllocationProblem.of(genders, capacities, pairs, rules, genderBalance);
        }

        int participants() {
            return genders.length;
        }
    }

    @Test
    void equalsExhaustiveSearchOnSmallRandomInstances() {
        Random random = new Random(20260101L);
        for (int round = 0; round < 400; round++) {
            Instance p = randomInstance(random);
            long[] best = exhaustive(p);
            // the default subset, and the tightest one, where the pricing must add back whatever the optimum needs
            for (int keep : new int[] {FlowAllocator.DEFAULT_KEEP_FACTOR, 1}) {
                Result r = FlowAllocator.solve(p.problem(), keep, x -> {
                });
                assertFeasible(p, r.assigned());
                long[] got = objective(p, r.assigned());
                assertThat(got).as("keep %d, round %d: %s", keep, round, describe(p)).isEqualTo(best);
                assertThat(got[got.length - 1]).isEqualTo(r.totalScore());
                assertThat(r.proof().weight()).isEqualTo(r.proof().bound());
            }
        }
    }

    @Test
    void theCertificateRejectsAnAllocationThatIsNotOptimal() {
        // two participants, one seat: the better one (score 90) must get it
        AllocationProblem p = AllocationProblem.of(new String[] {"K", "M"}, new int[] {1},
                List.of(new Pair(0, 0, 90), new Pair(1, 0, 10)), 0, false);
        Objective objective = Objective.of(p);
        Result r = FlowAllocator.solve(p);
        assertThat(r.assigned()).containsExactly(0, -1);
        long[] u = {0, 0};
        long[] y = {objective.weight(AllocationProblem.value(90, new boolean[0]))};
        assertThat(OptimalityCertificate.verify(p, objective, r.assigned(), new OptimalityCertificate.Duals(u, null, y)).bound())
                .isEqualTo(90);
        // the worse allocation with the same duals: its weight is below the bound
        assertThatThrownBy(() -> OptimalityCertificate.verify(p, objective, new int[] {-1, 0}, new OptimalityCertificate.Duals(u, null, y)))
                .isInstanceOf(OptimalityCertificate.NotProvenException.class).hasMessageContaining("below the dual bound");
        // duals that do not cover a pair prove nothing
        assertThatThrownBy(() -> OptimalityCertificate.verify(p, objective, r.assigned(), new OptimalityCertificate.Duals(u, null, new long[] {50})))
                .isInstanceOf(OptimalityCertificate.NotProvenException.class).hasMessageContaining("do not cover");
        // an overbooked seat is not feasible
        assertThatThrownBy(() -> OptimalityCertificate.verify(p, objective, new int[] {0, 0}, new OptimalityCertificate.Duals(u, null, y)))
                .isInstanceOf(OptimalityCertificate.NotProvenException.class).hasMessageContaining("over its");
    }

    @Test
    void aPriorityOutweighsAnyAmountOfScore() {
        // one seat; participant 0 scores 100 without priority, participant 1 scores 0 with it
        AllocationProblem p = AllocationProblem.of(new String[] {"M", "K"}, new int[] {1},
                List.of(new Pair(0, 0, 100, false), new Pair(1, 0, 0, true)), 1, false);
        assertThat(FlowAllocator.solve(p).assigned()).containsExactly(-1, 0);
        AllocationProblem noRule = AllocationProblem.of(new String[] {"M", "K"}, new int[] {1},
                List.of(new Pair(0, 0, 100), new Pair(1, 0, 0)), 0, false);
        assertThat(FlowAllocator.solve(noRule).assigned()).containsExactly(0, -1);
    }

    @Test
    void genderBalanceCapsEachGenderAtHalfTheSeats() {
        String[] genders = {"K", "K", "K", "M"};
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            pairs.add(new Pair(i, 0, new int[] {90, 80, 70, 10}[i]));
        }
        Result free = FlowAllocator.solve(AllocationProblem.of(genders, new int[] {2}, pairs, 0, false));
        assertThat(free.assigned()).containsExactly(0, 0, -1, -1);
        Result balanced = FlowAllocator.solve(AllocationProblem.of(genders, new int[] {2}, pairs, 0, true));
        assertThat(balanced.assigned()).containsExactly(0, -1, -1, 0); // the man takes the second seat
    }

    /**
     * Two rules far above the old limit (min(participants, seats) ≈ 1 570): 12 000 participants for 6 000
     * seats. Rule 1 favours every fourth participant, rule 2 every second; the favoured score lowest, so
     * any leak of score into the tiers would show. The optimum is known: all 3 000 of rule 1 (who are also
     * rule 2's), then the 3 000 others of rule 2, the seats full, each with score 1.
     */
    @Test
    void twoRulesAtSizesFarAboveTheOldLimit() {
        int n = 12_000;
        int m = 60;
        String[] genders = new String[n];
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            genders[i] = i % 3 == 0 ? "K" : "M";
            boolean first = i % 4 == 0;
            boolean second = i % 2 == 0;
            int score = first || second ? 1 : 101;
            // each participant fits up to three placements, so that the search has choices and conflicts; the first
            // alone seats every even participant (100 of them per placement), so the optimum above exists
            java.util.Set<Integer> fits = new java.util.TreeSet<>(List.of((i / 2) % m, (i * 7 + 3) % m, (i * 13 + 5) % m));
            for (int j : fits) {
                pairs.add(new Pair(i, j, score, first, second));
            }
        }
        int[] caps = new int[m];
        Arrays.fill(caps, 100);
        AllocationProblem p = AllocationProblem.of(genders, caps, pairs, 2, false);
        assertThat(Objective.of(p).multipliers[0]).isGreaterThan(250_000_000L); // beyond what JGraphT could carry
        Result r = FlowAllocator.solve(p);
        assertThat(r.priorityCounts()).containsExactly(3_000, 6_000);
        assertThat(r.totalScore()).isEqualTo(6_000);
        assertThat(r.proof().weight()).isEqualTo(r.proof().bound());
    }

    /** The weights stay exact with both rules up to 200 000 assignments, far beyond any batch. */
    @Test
    void theExactRangeHoldsBothRulesForAnyRealisticBatch() {
        long[] mult = Objective.multipliers(2, 200_000, 101);
        assertThat(mult[0] + mult[1] + 101).isLessThan(Objective.MAX_WEIGHT);
        assertThatThrownBy(() -> Objective.multipliers(15, 5_000, 101)).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void theResultIsDeterministic() {
        Random random = new Random(7);
        for (int round = 0; round < 50; round++) {
            Instance p = randomInstance(random);
            List<Pair> shuffled = new ArrayList<>(p.pairs());
            Collections.shuffle(shuffled, random);
            Result a = FlowAllocator.solve(p.problem());
            Result b = FlowAllocator.solve(new Instance(p.genders(), p.capacities(), shuffled, p.rules(), p.genderBalance()).problem());
            assertThat(b.assigned()).isEqualTo(a.assigned());
        }
    }

    static Instance randomInstance(Random random) {
        int n = 1 + random.nextInt(7);
        int m = 1 + random.nextInt(3);
        int rules = random.nextInt(3);
        String[] genders = new String[n];
        for (int i = 0; i < n; i++) {
            genders[i] = random.nextInt(10) == 0 ? null : random.nextBoolean() ? "K" : "M";
        }
        int[] caps = new int[m];
        for (int j = 0; j < m; j++) {
            caps[j] = random.nextInt(8) == 0 ? 0 : 1 + random.nextInt(3);
        }
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                if (random.nextInt(4) != 0) {
                    boolean[] prio = new boolean[rules];
                    for (int k = 0; k < rules; k++) {
                        prio[k] = random.nextInt(3) == 0;
                    }
                    // few distinct scores make ties common, which is where allocators go wrong
                    pairs.add(new Pair(i, j, random.nextInt(4) * 25 + 1, prio));
                }
            }
        }
        return new Instance(genders, caps, pairs, rules, random.nextBoolean());
    }

    /** The lexicographic objective: assignments favoured by each rule in order, then the total score. */
    static long[] objective(Instance p, int[] assigned) {
        long[] o = new long[p.rules() + 1];
        for (Pair e : p.pairs()) {
            if (assigned[e.participant()] == e.placement()) {
                for (int k = 0; k < p.rules(); k++) {
                    o[k] += e.favoured()[k] ? 1 : 0;
                }
                o[p.rules()] += e.score();
            }
        }
        return o;
    }

    static void assertFeasible(Instance p, int[] assigned) {
        int[] used = new int[p.capacities().length];
        int[][] byGender = new int[p.capacities().length][2];
        for (int i = 0; i < p.participants(); i++) {
            int j = assigned[i];
            if (j < 0) {
                continue;
            }
            int participant = i;
            assertThat(p.pairs()).anyMatch(e -> e.participant() == participant && e.placement() == j);
            used[j]++;
            if (p.genderBalance() && p.genders()[i] != null) {
                byGender[j]["K".equals(p.genders()[i]) ? 0 : 1]++;
            }
        }
        for (int j = 0; j < used.length; j++) {
            assertThat(used[j]).isLessThanOrEqualTo(p.capacities()[j]);
            assertThat(byGender[j][0]).isLessThanOrEqualTo((p.capacities()[j] + 1) / 2);
            assertThat(byGender[j][1]).isLessThanOrEqualTo((p.capacities()[j] + 1) / 2);
        }
    }

    static long[] exhaustive(Instance p) {
        long[] best = new long[p.rules() + 1];
        Arrays.fill(best, -1);
        int[] assigned = new int[p.participants()];
        search(p, 0, assigned, new int[p.capacities().length], new int[p.capacities().length][2], best);
        return best;
    }

    private static void search(Instance p, int i, int[] assigned, int[] used, int[][] byGender, long[] best) {
        if (i == p.participants()) {
            long[] o = objective(p, assigned);
            if (Arrays.compare(o, best) > 0) {
                System.arraycopy(o, 0, best, 0, o.length);
            }
            return;
        }
        assigned[i] = -1;
        search(p, i + 1, assigned, used, byGender, best);
        for (Pair e : p.pairs()) {
            if (e.participant() != i) {
                continue;
            }
            int j = e.placement();
            int g = p.genders()[i] == null || !p.genderBalance() ? -1 : "K".equals(p.genders()[i]) ? 0 : 1;
            if (used[j] >= p.capacities()[j] || (g >= 0 && byGender[j][g] >= (p.capacities()[j] + 1) / 2)) {
                continue;
            }
            used[j]++;
            if (g >= 0) {
                byGender[j][g]++;
            }
            assigned[i] = j;
            search(p, i + 1, assigned, used, byGender, best);
            assigned[i] = -1;
            used[j]--;
            if (g >= 0) {
                byGender[j][g]--;
            }
        }
    }

    static String describe(Instance p) {
        StringBuilder s = new StringBuilder("genders=" + Arrays.toString(p.genders()) + " caps=" + Arrays.toString(p.capacities())
                + " rules=" + p.rules() + " balance=" + p.genderBalance() + " pairs=");
        for (Pair e : p.pairs()) {
            s.append('(').append(e.participant()).append("→").append(e.placement()).append(':').append(e.score())
                    .append(Arrays.toString(e.favoured())).append(')');
        }
        return s.toString();
    }
}
