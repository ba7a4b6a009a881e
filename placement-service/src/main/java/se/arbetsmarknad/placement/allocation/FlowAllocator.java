package se.arbetsmarknad.placement.allocation;

import java.util.Arrays;
import java.util.function.DoubleConsumer;

/**
 * Optimal batch allocation of participants to scarce seats as a minimum-cost flow:
 *
 * <pre>
 * participant ─1→ [placement × gender] ─⌈seats/2⌉→ placement ─seats→ sink
 *      └────────────── 1, cost W (left without a seat) ──────────────→ sink
 * </pre>
 *
 * Every participant sends one unit, through an eligible placement (cost W − weight, see {@link Objective})
 * or straight to the sink (cost W), so the minimum cost is the maximum total weight. The per-gender nodes
 * exist only with gender balance; participants of unknown gender go straight to the placement.
 *
 * <p>Most eligible pairs can never be in an optimum (a placement has seats for a few of its hundreds of
 * candidates), so the flow is solved on a sparse subset: each placement's and gender's best
 * {@code keepFactor}·seats candidates and each participant's best {@code keepFactor} placements. The
 * solver's potentials give a dual solution; of the pairs outside the subset that it does not cover, the
 * most uncovered keepFactor·capacity per target node and keepFactor per participant are added, the flow is
 * repaired from where it stood (warm start), and so on until the dual covers every pair. The final allocation and dual are then checked by {@link OptimalityCertificate} over all pairs in
 * exact arithmetic: the result is proven optimal, not a heuristic. Participants are processed in the
 * caller's order (sorted by id) and the algorithm is deterministic, so equal input gives an equal result.
 */
public final class FlowAllocator {

    static final int DEFAULT_KEEP_FACTOR = 4;

    private FlowAllocator() {
    }

    /**
     * assigned[i]: the placement of participant i, or −1; priorityCounts[k]: assignments favoured by rule k;
     * the proof; how many pricing rounds and arcs the sparse network needed.
     */
    public record Result(int[] assigned, long totalScore, long[] priorityCounts, OptimalityCertificate.Proof proof,
            int rounds, long networkPairs, Timings timings) {
    }

    /** Where the time went, in nanoseconds: choosing pairs (start and pricing), shortest paths, the certificate. */
    public record Timings(long selectNanos, long flowNanos, long certificateNanos, long searches, long scannedArcs) {
    }

    public static Result solve(AllocationProblem problem) {
        return solve(problem, DEFAULT_KEEP_FACTOR, x -> {
        });
    }

    /** @param progress receives the share done, 0 to 1 */
    public static Result solve(AllocationProblem problem, DoubleConsumer progress) {
        return solve(problem, DEFAULT_KEEP_FACTOR, progress);
    }

    static Result solve(AllocationProblem problem, int keepFactor, DoubleConsumer progress) {
        long t0 = System.nanoTime();
        long select = 0;
        long flow = 0;
        long searches = 0;
        long scanned = 0;
        Objective objective = Objective.of(problem);
        Layout layout = new Layout(problem);
        long[] subset = select(problem, objective, layout, keepFactor, null, null);
        if (subset == null) {
            subset = new long[(layout.pairs() + 63) >>> 6];
        }
        progress.accept(0.1);
        Network network = new Network(problem, objective, layout);
        network.add(problem, objective, subset, false);
        int[] order = bestFirst(problem, objective);
        int rounds = 0;
        while (true) {
            rounds++;
            double from = rounds == 1 ? 0.1 : 0.85;
            double span = rounds == 1 ? 0.75 : 0.1 / rounds;
            long t1 = System.nanoTime();
            select += t1 - t0;
            network.solve(rounds == 1 ? order : null, f -> progress.accept(from + span * f));
            searches += network.solver.searches();
            scanned += network.solver.scannedArcs();
            Assignment a = network.assignment(problem, objective, layout);
            t0 = System.nanoTime();
            flow += t0 - t1;
            long[] violated = select(problem, objective, layout, keepFactor, a.duals(), subset);
            if (violated == null) {
                long t2 = System.nanoTime();
                select += t2 - t0;
                OptimalityCertificate.Proof proof = OptimalityCertificate.verify(problem, objective, a.assigned(), a.duals());
                progress.accept(1.0);
                Timings timings = new Timings(select, flow, System.nanoTime() - t2, searches, scanned);
                return result(problem, a.assigned(), proof, rounds, network.pairArcs, timings);
            }
            for (int w = 0; w < subset.length; w++) {
                subset[w] |= violated[w];
            }
            network.add(problem, objective, violated, true);
        }
    }

    /**
     * Participants by their best pair's weight, highest first (ties by index): once the strong candidates
     * hold their seats, a weaker one's search ends almost at once, where index order would have it
     * displace chains of earlier, weaker holders.
     */
    static int[] bestFirst(AllocationProblem p, Objective objective) {
        int n = p.participants();
        long[] keyed = new long[n];
        for (int i = 0; i < n; i++) {
            int best = -1;
            for (int v : p.valuesOf(i)) {
                best = Math.max(best, v);
            }
            // values compare like weights; −1 (no pair) last
            keyed[i] = ((long) (Integer.MAX_VALUE - best) << 32) | i;
        }
        Arrays.sort(keyed);
        int[] order = new int[n];
        for (int x = 0; x < n; x++) {
            order[x] = (int) keyed[x];
        }
        return order;
    }

    /**
     * Node numbering: participants, placements, then (with gender balance) two nodes per placement, then
     * the sink.
     */
    static final class Layout {
        final int n;
        final int m;
        final boolean balance;
        final int sink;
        final int[] rowStart;

        Layout(AllocationProblem p) {
            n = p.participants();
            m = p.placementCount();
            balance = p.genderBalance();
            sink = n + m + (balance ? 2 * m : 0);
            rowStart = new int[n + 1];
            for (int i = 0; i < n; i++) {
                rowStart[i + 1] = Math.addExact(rowStart[i], p.placementsOf(i).length);
            }
        }

        int nodes() {
            return sink + 1;
        }

        int placementNode(int j) {
            return n + j;
        }

        int genderNode(int j, int g) {
            return n + m + 2 * j + g;
        }

        /** The node a participant's arc to a placement enters: the placement's node for their gender, or the placement. */
        int target(AllocationProblem p, int i, int j) {
            byte g = p.gender(i);
            return balance && g != AllocationProblem.UNKNOWN ? genderNode(j, g) : placementNode(j);
        }

        /** How many units may enter a target node. */
        int capacity(AllocationProblem p, int node) {
            int j = node < n + m ? node - n : (node - n - m) / 2;
            return node < n + m ? p.capacity(j) : OptimalityCertificate.half(p.capacity(j));
        }

        int pairs() {
            return rowStart[n];
        }
    }

    /**
     * Chooses pairs per target node and per participant: each target node's best keepFactor·capacity and
     * each participant's best keepFactor. "Best" is the pair's value (the starting subset) or, with duals,
     * how far the duals fall short of the pair's weight (pricing: only uncovered pairs outside the subset
     * qualify). Ties go by a hash of the pair, so that the many equal scores spread over all placements
     * instead of piling onto the first ones; deterministic all the same.
     *
     * @return the chosen pairs as a bit set over all pairs (numbered row by row), or null when none qualifies
     */
    static long[] select(AllocationProblem p, Objective objective, Layout layout, int keepFactor,
            OptimalityCertificate.Duals duals, long[] subset) {
        int nodes = layout.nodes();
        int[] heapStart = new int[nodes + 1];
        for (int t = layout.n; t < layout.sink; t++) {
            heapStart[t + 1] = (int) Math.min(Integer.MAX_VALUE / 4, (long) keepFactor * layout.capacity(p, t));
        }
        for (int t = 0; t < nodes; t++) {
            heapStart[t + 1] = Math.addExact(heapStart[t + 1], heapStart[t]);
        }
        MinHeaps heaps = new MinHeaps(heapStart[nodes]);
        int[] size = new int[nodes];
        MinHeaps best = new MinHeaps(keepFactor);
        long[] chosen = new long[(layout.pairs() + 63) >>> 6];
        boolean any = false;
        for (int i = 0; i < layout.n; i++) {
            int[] row = p.placementsOf(i);
            int[] values = p.valuesOf(i);
            int g = p.genderBalance() ? p.gender(i) : AllocationProblem.UNKNOWN;
            int kept = 0;
            for (int k = 0; k < row.length; k++) {
                int j = row[k];
                int index = layout.rowStart[i] + k;
                if (p.capacity(j) == 0) {
                    continue;
                }
                long primary;
                if (duals == null) {
                    primary = values[k];
                } else {
                    long cover = duals.participant()[i] + duals.placement()[j]
                            + (g == AllocationProblem.UNKNOWN ? 0 : duals.placementGender()[2 * j + g]);
                    primary = objective.weight(values[k]) - cover;
                    if (primary <= 0 || get(subset, index)) {
                        continue;
                    }
                }
                long key = (primary << 20) | (mix(i, j) & 0xFFFFF);
                int t = layout.target(p, i, j);
                int limit = heapStart[t + 1] - heapStart[t];
                if (size[t] < limit) {
                    heaps.push(heapStart[t], size[t]++, key, index);
                } else if (limit > 0 && key > heaps.key[heapStart[t]]) {
                    heaps.replaceTop(heapStart[t], size[t], key, index);
                }
                if (kept < keepFactor) {
                    best.push(0, kept++, key, index);
                } else if (key > best.key[0]) {
                    best.replaceTop(0, kept, key, index);
                }
            }
            for (int x = 0; x < kept; x++) {
                set(chosen, best.value[x]);
                any = true;
            }
        }
        for (int t = layout.n; t < layout.sink; t++) {
            for (int x = 0; x < size[t]; x++) {
                set(chosen, heaps.value[heapStart[t] + x]);
                any = true;
            }
        }
        return any ? chosen : null;
    }

    /** A deterministic hash of a pair, to break ties evenly. */
    private static int mix(int i, int j) {
        int h = i * 0x9E3779B1 + j * 0x85EBCA77;
        h ^= h >>> 15;
        h *= 0x2C1B3C6D;
        h ^= h >>> 12;
        return h;
    }

    private static void set(long[] bits, int index) {
        bits[index >>> 6] |= 1L << index;
    }

    private static boolean get(long[] bits, int index) {
        return (bits[index >>> 6] & (1L << index)) != 0;
    }

    record Assignment(int[] assigned, OptimalityCertificate.Duals duals) {
    }

    /** The flow network over the subset, with its arcs' flows and the potentials kept between rounds. */
    static final class Network {
        final Layout layout;
        int arcs;
        int[] tail;
        int[] head;
        int[] capacity;
        long[] cost;
        int[] flow;
        /** For pair arcs: the pair's index; −1 for the structural arcs. */
        int[] pair;
        final long[] potential;
        final int[] supply;
        long pairArcs;
        MinCostFlow solver;

        Network(AllocationProblem p, Objective objective, Layout layout) {
            this.layout = layout;
            int structural = layout.n + layout.m * (layout.balance ? 3 : 1);
            allocate(structural + 1024);
            potential = new long[layout.nodes()];
            supply = new int[layout.nodes()];
            for (int i = 0; i < layout.n; i++) {
                supply[i] = 1;
                arc(i, layout.sink, 1, objective.unassignedCost, -1);
            }
            supply[layout.sink] = -layout.n;
            for (int j = 0; j < layout.m; j++) {
                arc(layout.placementNode(j), layout.sink, p.capacity(j), 0, -1);
                if (layout.balance) {
                    for (int g = 0; g < 2; g++) {
                        arc(layout.genderNode(j, g), layout.placementNode(j), OptimalityCertificate.half(p.capacity(j)), 0, -1);
                    }
                }
            }
        }

        private void allocate(int size) {
            tail = new int[size];
            head = new int[size];
            capacity = new int[size];
            cost = new long[size];
            flow = new int[size];
            pair = new int[size];
        }

        private void arc(int from, int into, int cap, long c, int pairIndex) {
            if (arcs == tail.length) {
                int size = arcs + (arcs >> 1) + 16;
                tail = Arrays.copyOf(tail, size);
                head = Arrays.copyOf(head, size);
                capacity = Arrays.copyOf(capacity, size);
                cost = Arrays.copyOf(cost, size);
                flow = Arrays.copyOf(flow, size);
                pair = Arrays.copyOf(pair, size);
            }
            tail[arcs] = from;
            head[arcs] = into;
            capacity[arcs] = cap;
            cost[arcs] = c;
            pair[arcs] = pairIndex;
            arcs++;
        }

        /**
         * Adds the pairs in {@code pairs} as arcs; with {@code saturate}, each new arc starts full (the pricing
         * found its reduced cost negative), which leaves every residual reduced cost non-negative.
         */
        void add(AllocationProblem p, Objective objective, long[] pairs, boolean saturate) {
            int index = 0;
            for (int i = 0; i < layout.n; i++) {
                int[] row = p.placementsOf(i);
                int[] values = p.valuesOf(i);
                for (int k = 0; k < row.length; k++, index++) {
                    if (get(pairs, index) && p.capacity(row[k]) > 0) {
                        arc(i, layout.target(p, i, row[k]), 1, objective.unassignedCost - objective.weight(values[k]), index);
                        if (saturate) {
                            flow[arcs - 1] = 1;
                        }
                        pairArcs++;
                    }
                }
            }
        }

        void solve(int[] order, DoubleConsumer progress) {
            solver = new MinCostFlow(layout.nodes(), arcs, tail, head, capacity, cost, flow, potential, supply);
            solver.solve(order, progress);
            for (int a = 0; a < arcs; a++) {
                flow[a] = solver.flow(a);
            }
        }

        /** The allocation the flow describes and the dual solution its potentials give (see {@link OptimalityCertificate}). */
        Assignment assignment(AllocationProblem p, Objective objective, Layout l) {
            int[] assigned = new int[l.n];
            Arrays.fill(assigned, -1);
            int[] assignedArc = new int[l.n];
            for (int a = 0; a < arcs; a++) {
                if (pair[a] >= 0 && flow[a] > 0) {
                    int i = tail[a];
                    assigned[i] = placementOf(p, l, i, pair[a]);
                    assignedArc[i] = a;
                }
            }
            // q(v) = π(v) − π(sink); y_j = max(0, −q(j)), v_jg = max(0, q(j) − q(jg)); u_i from the tight pair or
            // max(0, W + q(i)) when left out. A full placement may carry a positive dual, an open one never does.
            long sink = potential[l.sink];
            long[] y = new long[l.m];
            long[] v = l.balance ? new long[2 * l.m] : null;
            for (int j = 0; j < l.m; j++) {
                if (p.capacity(j) == 0) {
                    y[j] = objective.unassignedCost; // no seat: covers every pair to it at no cost to the bound
                    continue;
                }
                long pj = potential[l.placementNode(j)];
                y[j] = Math.max(0, sink - pj);
                if (l.balance) {
                    for (int g = 0; g < 2; g++) {
                        v[2 * j + g] = Math.max(0, pj - potential[l.genderNode(j, g)]);
                    }
                }
            }
            long[] u = new long[l.n];
            for (int i = 0; i < l.n; i++) {
                if (assigned[i] >= 0) {
                    int j = assigned[i];
                    int a = assignedArc[i];
                    long w = objective.unassignedCost - cost[a];
                    int g = l.balance ? p.gender(i) : AllocationProblem.UNKNOWN;
                    u[i] = w - y[j] - (g == AllocationProblem.UNKNOWN ? 0 : v[2 * j + g]);
                } else {
                    u[i] = Math.max(0, objective.unassignedCost + potential[i] - sink);
                }
            }
            return new Assignment(assigned, new OptimalityCertificate.Duals(u, v, y));
        }

        private static int placementOf(AllocationProblem p, Layout l, int i, int pairIndex) {
            return p.placementsOf(i)[pairIndex - l.rowStart[i]];
        }
    }

    private static Result result(AllocationProblem p, int[] assigned, OptimalityCertificate.Proof proof, int rounds, long pairArcs,
            Timings timings) {
        long total = 0;
        long[] counts = new long[p.rules()];
        for (int i = 0; i < p.participants(); i++) {
            int j = assigned[i];
            if (j < 0) {
                continue;
            }
            int value = p.valuesOf(i)[Arrays.binarySearch(p.placementsOf(i), j)];
            total += AllocationProblem.score(value);
            for (int k = 0; k < p.rules(); k++) {
                if (AllocationProblem.favours(value, k, p.rules())) {
                    counts[k]++;
                }
            }
        }
        return new Result(assigned, total, counts, proof, rounds, pairArcs, timings);
    }
}
