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
 * ⌈seats/2⌉ of a placement. Participants and placements are added in the caller's order (sorted by id),
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
        int n = problem.participants();
        int m = problem.capacities().length;
        int maxScore = problem.edges().stream().mapToInt(Edge::score).max().orElse(0);
        long seats = Arrays.stream(problem.capacities()).asLongStream().sum();
        long[] multipliers = multipliers(problem.rules(), Math.min(n, seats), maxScore);
        long maxWeight = 0;
        for (Edge e : problem.edges()) {
            maxWeight = Math.max(maxWeight, weight(e, multipliers));
        }
        long w = maxWeight + 1;
        if (w >= COST_LIMIT) {
            throw new TooLargeException("too many priority rules for " + n + " participants and " + seats + " seats");
        }

        // Vertices: 0 source, 1 sink, participants, placements, then [placement × gender] nodes on demand.
        Graph<Integer, DefaultWeightedEdge> g = new DefaultDirectedWeightedGraph<>(DefaultWeightedEdge.class);
        Map<DefaultWeightedEdge, Integer> capacity = new HashMap<>();
        int source = 0;
        int sink = 1;
        g.addVertex(source);
        g.addVertex(sink);
        int firstParticipant = 2;
        int firstPlacement = firstParticipant + n;
        int next = firstPlacement + m;
        for (int i = 0; i < n; i++) {
            g.addVertex(firstParticipant + i);
            arc(g, capacity, source, firstParticipant + i, 1, 0);
            arc(g, capacity, firstParticipant + i, sink, 1, w);
        }
        for (int j = 0; j < m; j++) {
            g.addVertex(firstPlacement + j);
            arc(g, capacity, firstPlacement + j, sink, problem.capacities()[j], 0);
        }
        Map<Long, Integer> genderNodes = new HashMap<>();
        Map<DefaultWeightedEdge, Edge> assignmentArcs = new HashMap<>();
        List<Edge> ordered = new ArrayList<>(problem.edges());
        ordered.sort(Comparator.comparingInt(Edge::participant).thenComparingInt(Edge::placement));
        for (Edge e : ordered) {
            int target = firstPlacement + e.placement();
            String gender = problem.genders()[e.participant()];
            if (problem.genderBalance() && gender != null) {
                long key = (long) e.placement() * 2 + ("K".equals(gender) ? 0 : 1);
                Integer node = genderNodes.get(key);
                if (node == null) {
                    node = next++;
                    g.addVertex(node);
                    int cap = (problem.capacities()[e.placement()] + 1) / 2;
                    arc(g, capacity, node, target, cap, 0);
                    genderNodes.put(key, node);
                }
                target = node;
            }
            DefaultWeightedEdge arc = arc(g, capacity, firstParticipant + e.participant(), target, 1, w - weight(e, multipliers));
            assignmentArcs.put(arc, e);
        }

        Map<Integer, Integer> supply = Map.of(source, n, sink, -n);
        MinimumCostFlowProblem<Integer, DefaultWeightedEdge> flowProblem = new MinimumCostFlowProblem.MinimumCostFlowProblemImpl<>(
                g, v -> supply.getOrDefault(v, 0), capacity::get);
        MinimumCostFlow<DefaultWeightedEdge> flow = new CapacityScalingMinimumCostFlow<Integer, DefaultWeightedEdge>().getMinimumCostFlow(flowProblem);

        int[] assigned = new int[n];
        Arrays.fill(assigned, -1);
        long total = 0;
        long[] counts = new long[problem.rules()];
        for (Map.Entry<DefaultWeightedEdge, Edge> a : assignmentArcs.entrySet()) {
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

    /** An arc with its capacity; its cost is the edge weight (the library reads costs from the graph). */
    private static DefaultWeightedEdge arc(Graph<Integer, DefaultWeightedEdge> g, Map<DefaultWeightedEdge, Integer> capacity,
            int from, int to, int cap, long c) {
        DefaultWeightedEdge e = g.addEdge(from, to);
        capacity.put(e, cap);
        g.setEdgeWeight(e, c);
        return e;
    }
}
