package se.arbetsmarknad.placement.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import se.arbetsmarknad.placement.allocation.FlowAllocator.Edge;
import se.arbetsmarknad.placement.allocation.FlowAllocator.Problem;
import se.arbetsmarknad.placement.allocation.FlowAllocator.Result;

/** The flow allocation against exhaustive search on small random instances (seeded, reproducible). */
class FlowAllocatorOptimalityTest {

    @Test
    void equalsExhaustiveSearchOnSmallRandomInstances() {
        Random random = new Random(20260101L);
        for (int round = 0; round < 400; round++) {
            Problem p = randomProblem(random);
            Result r = FlowAllocator.solve(p);
            assertFeasible(p, r);
            long[] best = exhaustive(p);
            long[] got = objective(p, r);
            assertThat(got).as("round %d: %s", round, describe(p)).isEqualTo(best);
            assertThat(got[got.length - 1]).isEqualTo(r.totalScore());
            // with the tightest sparsification the dual check must add back whatever the optimum needs
            Result sparse = FlowAllocator.solve(p, 1);
            assertFeasible(p, sparse);
            assertThat(objective(p, sparse)).as("sparse, round %d: %s", round, describe(p)).isEqualTo(best);
        }
    }

    @Test
    void aPriorityOutweighsAnyAmountOfScore() {
        // one seat; participant 0 scores 100 without priority, participant 1 scores 0 with it
        Problem p = new Problem(new String[] {"M", "K"}, new int[] {1},
                List.of(new Edge(0, 0, 100, new boolean[] {false}), new Edge(1, 0, 0, new boolean[] {true})), 1, false);
        assertThat(FlowAllocator.solve(p).assigned()).containsExactly(-1, 0);
        Problem noRule = new Problem(new String[] {"M", "K"}, new int[] {1},
                List.of(new Edge(0, 0, 100, new boolean[0]), new Edge(1, 0, 0, new boolean[0])), 0, false);
        assertThat(FlowAllocator.solve(noRule).assigned()).containsExactly(0, -1);
    }

    @Test
    void genderBalanceCapsEachGenderAtHalfTheSeats() {
        String[] genders = {"K", "K", "K", "M"};
        List<Edge> edges = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            edges.add(new Edge(i, 0, new int[] {90, 80, 70, 10}[i], new boolean[0]));
        }
        Result free = FlowAllocator.solve(new Problem(genders, new int[] {2}, edges, 0, false));
        assertThat(free.assigned()).containsExactly(0, 0, -1, -1);
        Result balanced = FlowAllocator.solve(new Problem(genders, new int[] {2}, edges, 0, true));
        assertThat(balanced.assigned()).containsExactly(0, -1, -1, 0); // the man takes the second seat
    }

    @Test
    void refusesTiersWhoseWeightsTheSolverCannotCarryExactly() {
        // two rules over 3 000 participants and seats: tier multipliers beyond the library's cost range
        int n = 3000;
        String[] genders = new String[n];
        List<Edge> edges = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            edges.add(new Edge(i, 0, 101, new boolean[] {true, true}));
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> FlowAllocator.solve(new Problem(genders, new int[] {n}, edges, 2, false)))
                .isInstanceOf(FlowAllocator.TooLargeException.class);
    }

    @Test
    void theResultIsDeterministic() {
        Random random = new Random(7);
        for (int round = 0; round < 50; round++) {
            Problem p = randomProblem(random);
            List<Edge> shuffled = new ArrayList<>(p.edges());
            Collections.shuffle(shuffled, random);
            Result a = FlowAllocator.solve(p);
            Result b = FlowAllocator.solve(new Problem(p.genders(), p.capacities(), shuffled, p.rules(), p.genderBalance()));
            assertThat(b.assigned()).isEqualTo(a.assigned());
        }
    }

    static Problem randomProblem(Random random) {
        int n = 1 + random.nextInt(7);
        int m = 1 + random.nextInt(3);
        int rules = random.nextInt(3);
        String[] genders = new String[n];
        for (int i = 0; i < n; i++) {
            genders[i] = random.nextInt(10) == 0 ? null : random.nextBoolean() ? "K" : "M";
        }
        int[] caps = new int[m];
        for (int j = 0; j < m; j++) {
            caps[j] = 1 + random.nextInt(3);
        }
        List<Edge> edges = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                if (random.nextInt(4) != 0) {
                    boolean[] prio = new boolean[rules];
                    for (int k = 0; k < rules; k++) {
                        prio[k] = random.nextInt(3) == 0;
                    }
                    // few distinct scores make ties common, which is where allocators go wrong
                    edges.add(new Edge(i, j, random.nextInt(4) * 25 + 1, prio));
                }
            }
        }
        return new Problem(genders, caps, edges, rules, random.nextBoolean());
    }

    /** The lexicographic objective: assignments favoured by each rule in order, then the total score. */
    static long[] objective(Problem p, Result r) {
        long[] o = new long[p.rules() + 1];
        for (Edge e : p.edges()) {
            if (r.assigned()[e.participant()] == e.placement()) {
                for (int k = 0; k < p.rules(); k++) {
                    o[k] += e.priority()[k] ? 1 : 0;
                }
                o[p.rules()] += e.score();
            }
        }
        return o;
    }

    static void assertFeasible(Problem p, Result r) {
        int[] used = new int[p.capacities().length];
        int[][] byGender = new int[p.capacities().length][2];
        for (int i = 0; i < p.participants(); i++) {
            int j = r.assigned()[i];
            if (j < 0) {
                continue;
            }
            int participant = i;
            assertThat(p.edges()).anyMatch(e -> e.participant() == participant && e.placement() == j);
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

    static long[] exhaustive(Problem p) {
        long[] best = new long[p.rules() + 1];
        Arrays.fill(best, -1);
        int[] assigned = new int[p.participants()];
        search(p, 0, assigned, new int[p.capacities().length], new int[p.capacities().length][2], best);
        return best;
    }

    private static void search(Problem p, int i, int[] assigned, int[] used, int[][] byGender, long[] best) {
        if (i == p.participants()) {
            long[] o = objective(p, new Result(assigned, 0, new long[0]));
            if (Arrays.compare(o, best) > 0) {
                System.arraycopy(o, 0, best, 0, o.length);
            }
            return;
        }
        assigned[i] = -1;
        search(p, i + 1, assigned, used, byGender, best);
        for (Edge e : p.edges()) {
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

    static String describe(Problem p) {
        StringBuilder s = new StringBuilder("genders=" + Arrays.toString(p.genders()) + " caps=" + Arrays.toString(p.capacities())
                + " rules=" + p.rules() + " balance=" + p.genderBalance() + " edges=");
        for (Edge e : p.edges()) {
            s.append('(').append(e.participant()).append("→").append(e.placement()).append(':').append(e.score())
                    .append(Arrays.toString(e.priority())).append(')');
        }
        return s.toString();
    }
}
