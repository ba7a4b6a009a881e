package se.arbetsmarknad.placement.allocation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jgrapht.Graph;
import org.jgrapht.alg.flow.mincost.CapacityScalingMinimumCostFlow;
import org.jgrapht.alg.flow.mincost.MinimumCostFlowProblem;
import org.jgrapht.alg.interfaces.MinimumCostFlowAlgorithm.MinimumCostFlow;
import org.jgrapht.graph.DefaultDirectedWeightedGraph;
import org.jgrapht.graph.DefaultWeightedEdge;

/**
 * Optimal batch allocation of participants to scarce seats as a minimum-cost flow (JGraphT's capacity
 * scaling algorithm):
 *
 * <pre>
 * source ─1→ participant ─1→ [placement × gender] ─cap_g→ placement ─seats→ sink
 *                  └────────────── 1, cost W (left without a seat) ─────────────→ sink
 * </pre>
 *
 * Every participant sends one unit of flow, either through an eligible placement (cost W − weight) or
 * straight to the sink (cost W), so the minimum cost is the maximum total weight. The weight of an
 * assignment is lexicographic in tiers: the priority rules in their order first, then the score; each
 * tier's multiplier exceeds what all lower tiers together can add, so no amount of score outweighs one
 * more prioritised assignment. The per-gender nodes (only with gender balance) cap each gender at
 * ⌈seats/2⌉ of a placement. Large instances are solved on a sparse subset of pairs whose optimality for
 * all pairs is then proven with the dual solution (see {@link #solve(Problem, int)}). Participants and placements are added in the caller's order (sorted by id),
 * and the algorithm is deterministic, so equal input gives an equal result.
 */
public final class FlowAllocator {

    /**
     * The library refuses arc costs of 1e9 and more, and uses arcs of cost 1e9 to an artificial node to
     * start from a feasible flow; every augmenting path here costs at most W, so keeping W well below
     * 1e9 keeps the artificial arcs unused and all sums exact integers in doubles.
     */
    static final long COST_LIMIT = 250_000_000L;

    private FlowAllocator() {
    }

    /** An eligible pair with its score (≥ 0) and, per priority rule, whether the rule favours it. */
    public record Edge(int participant, int placement, int score, boolean[] priority) {
    }

    /**
     * @param genders    per participant: "K", "M" or null (unknown: not capped)
     * @param capacities free seats per placement
     */
    public record Problem(String[] genders, int[] capacities, List<Edge> edges, int rules, boolean genderBalance) {
        public int participants() {
            return genders.length;
        }
    }

    /** assigned[i]: the placement of participant i, or −1. */
    public record Result(int[] assigned, long totalScore, long[] priorityCounts) {
    }

    public static class TooLargeException extends RuntimeException {
        TooLargeException(String message) {
            super(message);
        }
    }

    public static Result solve(Problem problem) {
        return solve(problem, 4);
    }

    /**
     * Solves on a sparse subset of the pairs and proves the answer optimal for all of them: each placement
     * keeps its best {@code keepFactor}·seats candidates (and each participant its best few placements);
     * after a solve, the node potentials (the dual solution) give every left-out pair its reduced cost. If
     * none is negative, the flow is optimal for the full network too (linear-programming optimality:
     * primal and dual feasible, complementary slackness); otherwise the violating pairs are added and the
     * network solved again.
     */
    static Result solve(Problem problem, int keepFactor) {
        int n = problem.participants();
        int m = problem.capacities().length;
        int maxScore = problem.edges().stream().mapToInt(Edge::score).max().orElse(0);
        long seats = Arrays.stream(problem.capacities()).asLongStream().sum();
        long[] multipliers = multipliers(problem.rules(), Math.min(n, seats), maxScore);
        List<Edge> all = new ArrayList<>(problem.edges());
        all.sort(Comparator.comparingInt(Edge::participant).thenComparingInt(Edge::placement));
        long[] weights = new long[all.size()];
        long maxWeight = 0;
        for (int k = 0; k < all.size(); k++) {
            weights[k] = weight(all.get(k), multipliers);
            maxWeight = Math.max(maxWeight, weights[k]);
        }
        long w = maxWeight + 1;
        if (w >= COST_LIMIT) {
            throw new TooLargeException("too many priority rules for " + n + " participants and " + seats + " seats");
        }
        boolean[] included = initialSubset(all, weights, problem.capacities(), n, keepFactor);
        while (true) {
            Network net = new Network(problem, all, weights, included, w);
            MinimumCostFlowProblem<Integer, DefaultWeightedEdge> flowProblem = new MinimumCostFlowProblem.MinimumCostFlowProblemImpl<>(
                    net.graph, v -> v == 0 ? n : v == 1 ? -n : 0, net.capacity::get);
            CapacityScalingMinimumCostFlow<Integer, DefaultWeightedEdge> solver = new CapacityScalingMinimumCostFlow<>();
            MinimumCostFlow<DefaultWeightedEdge> flow = solver.getMinimumCostFlow(flowProblem);
            Map<Integer, Double> potential = solver.getDualSolution();
            boolean optimal = true;
            for (int k = 0; k < all.size(); k++) {
                if (!included[k]) {
                    Edge e = all.get(k);
                    // reduced cost of the left-out arc participant → placement: c + π(head) − π(tail)
                    double reduced = (w - weights[k]) + potential.get(net.target(e)) - potential.get(net.participantNode(e.participant()));
                    if (reduced < -1e-6) {
                        included[k] = true;
                        optimal = false;
                    }
                }
            }
            if (optimal) {
                return result(problem, net, flow);
            }
        }
    }

    /** Each placement's best candidates and each participant's best placements, ties by index. */
    private static boolean[] initialSubset(List<Edge> all, long[] weights, int[] capacities, int n, int keepFactor) {
        boolean[] included = new boolean[all.size()];
        Map<Integer, List<Integer>> byPlacement = new HashMap<>();
        Map<Integer, List<Integer>> byParticipant = new HashMap<>();
        for (int k = 0; k < all.size(); k++) {
            byPlacement.computeIfAbsent(all.get(k).placement(), x -> new ArrayList<>()).add(k);
            byParticipant.computeIfAbsent(all.get(k).participant(), x -> new ArrayList<>()).add(k);
        }
        Comparator<Integer> best = Comparator.comparingLong((Integer k) -> -weights[k]).thenComparingInt(k -> k);
        byPlacement.forEach((j, ks) -> {
            ks.sort(best);
            int keep = Math.max(keepFactor * capacities[j], keepFactor);
            for (int i = 0; i < ks.size() && i < keep; i++) {
                included[ks.get(i)] = true;
            }
        });
        byParticipant.forEach((i, ks) -> {
            ks.sort(best);
            for (int x = 0; x < ks.size() && x < keepFactor; x++) {
                included[ks.get(x)] = true;
            }
        });
        return included;
    }

    /**
     * The flow network over the included pairs. Vertices: 0 source, 1 sink, participants, placements, then
     * the [placement × gender] nodes (all of them with gender balance, so every left-out pair has a head
     * with a potential).
     */
    private static final class Network {
        final Graph<Integer, DefaultWeightedEdge> graph = new DefaultDirectedWeightedGraph<>(DefaultWeightedEdge.class);
        final Map<DefaultWeightedEdge, Integer> capacity = new HashMap<>();
        final Map<DefaultWeightedEdge, Edge> assignmentArcs = new HashMap<>();
        final Problem problem;
        final int firstParticipant = 2;
        final int firstPlacement;
        final int firstGender;

        Network(Problem problem, List<Edge> all, long[] weights, boolean[] included, long w) {
            this.problem = problem;
            int n = problem.participants();
            int m = problem.capacities().length;
            firstPlacement = firstParticipant + n;
            firstGender = firstPlacement + m;
            graph.addVertex(0);
            graph.addVertex(1);
            for (int i = 0; i < n; i++) {
                graph.addVertex(firstParticipant + i);
                arc(0, firstParticipant + i, 1, 0);
                arc(firstParticipant + i, 1, 1, w);
            }
            for (int j = 0; j < m; j++) {
                graph.addVertex(firstPlacement + j);
                arc(firstPlacement + j, 1, problem.capacities()[j], 0);
            }
            if (problem.genderBalance()) {
                for (int j = 0; j < m; j++) {
                    for (int g = 0; g < 2; g++) {
                        graph.addVertex(firstGender + 2 * j + g);
                        arc(firstGender + 2 * j + g, firstPlacement + j, (problem.capacities()[j] + 1) / 2, 0);
                    }
                }
            }
            for (int k = 0; k < all.size(); k++) {
                if (included[k]) {
                    Edge e = all.get(k);
                    assignmentArcs.put(arc(participantNode(e.participant()), target(e), 1, w - weights[k]), e);
                }
            }
        }

        int participantNode(int i) {
            return firstParticipant + i;
        }

        /** The placement, or its node for the participant's gender when gender balance applies. */
        int target(Edge e) {
            String gender = problem.genders()[e.participant()];
            if (problem.genderBalance() && gender != null) {
                return firstGender + 2 * e.placement() + ("K".equals(gender) ? 0 : 1);
            }
            return firstPlacement + e.placement();
        }

        /** An arc with its capacity; its cost is the edge weight (the library reads costs from the graph). */
        private DefaultWeightedEdge arc(int from, int to, int cap, long cost) {
            DefaultWeightedEdge e = graph.addEdge(from, to);
            capacity.put(e, cap);
            graph.setEdgeWeight(e, cost);
            return e;
        }
    }

    private static Result result(Problem problem, Network net, MinimumCostFlow<DefaultWeightedEdge> flow) {
        int[] assigned = new int[problem.participants()];
        Arrays.fill(assigned, -1);
        long total = 0;
        long[] counts = new long[problem.rules()];
        for (Map.Entry<DefaultWeightedEdge, Edge> a : net.assignmentArcs.entrySet()) {
            if (flow.getFlow(a.getKey()) > 0.5) {
                Edge e = a.getValue();
                assigned[e.participant()] = e.placement();
                total += e.score();
                for (int k = 0; k < problem.rules(); k++) {
                    if (e.priority()[k]) {
                        counts[k]++;
                    }
                }
            }
        }
        return new Result(assigned, total, counts);
    }

    /**
     * Tier multipliers, highest tier first. With at most {@code a} assignments, tier k's multiplier is one
     * more than the most all lower tiers and the scores can add together.
     */
    static long[] multipliers(int rules, long a, int maxScore) {
        long[] mult = new long[rules];
        long below = Math.multiplyExact(a, (long) maxScore);
        for (int k = rules - 1; k >= 0; k--) {
            mult[k] = below + 1;
            below = Math.addExact(below, Math.multiplyExact(a, mult[k]));
        }
        return mult;
    }

    static long weight(Edge e, long[] multipliers) {
        long weight = e.score();
        for (int k = 0; k < multipliers.length; k++) {
            if (e.priority()[k]) {
                weight += multipliers[k];
            }
        }
        return weight;
    }

}
