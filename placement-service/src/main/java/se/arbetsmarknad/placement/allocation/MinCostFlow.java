package se.arbetsmarknad.placement.allocation;

import java.util.Arrays;
import java.util.function.DoubleConsumer;

/**
 * Minimum-cost flow by successive shortest paths with node potentials (primal-dual), in primitive arrays:
 * each arc and its residual twin are a few ints and longs in a compressed adjacency layout, no object per
 * arc. Integer costs, exact: every residual arc keeps a non-negative reduced cost
 * {@code cost + π(tail) − π(head)}, so each shortest path is a Dijkstra search, and at the end the
 * potentials are an exact dual solution (what {@link OptimalityCertificate} checks).
 *
 * <p>It can start from a flow that is not balanced (warm start): nodes whose supply differs from their net
 * outflow are routed to each other, nearest first. The caller guarantees that the starting flow and
 * potentials leave no residual arc with a negative reduced cost (zero flow with zero potentials does,
 * when costs are non-negative).
 */
final class MinCostFlow {

    private final int nodes;
    private final int[] first;
    private final int[] to;
    private final int[] residual;
    private final long[] cost;
    private final int[] mate;
    /** Residual index of each original arc's forward direction. */
    private final int[] forward;
    private final int[] capacity;
    private final long[] potential;
    private final int[] excess;

    // Dijkstra state, reused between searches (a stamp instead of clearing).
    private final long[] dist;
    private final int[] parent;
    private final int[] seen;
    private final int[] done;
    private final int[] finalized;
    private int finalizedCount;
    private int stamp;
    private final MinHeaps heap = new MinHeaps(1024);
    private int heapSize;
    private long searches;
    private long scanned;

    /**
     * @param flow      starting flow per arc (0 ≤ flow ≤ capacity)
     * @param potential starting potentials (taken over, changed in place)
     * @param supply    per node: positive supplies, negative demands, summing to zero
     */
    MinCostFlow(int nodes, int arcs, int[] tail, int[] head, int[] capacity, long[] arcCost, int[] flow, long[] potential, int[] supply) {
        this.nodes = nodes;
        this.capacity = Arrays.copyOf(capacity, arcs);
        this.potential = potential;
        first = new int[nodes + 1];
        for (int a = 0; a < arcs; a++) {
            first[tail[a] + 1]++;
            first[head[a] + 1]++;
        }
        for (int v = 0; v < nodes; v++) {
            first[v + 1] += first[v];
        }
        int[] next = Arrays.copyOf(first, nodes);
        to = new int[2 * arcs];
        residual = new int[2 * arcs];
        cost = new long[2 * arcs];
        mate = new int[2 * arcs];
        forward = new int[arcs];
        excess = Arrays.copyOf(supply, nodes);
        for (int a = 0; a < arcs; a++) {
            if (flow[a] < 0 || flow[a] > capacity[a]) {
                throw new IllegalArgumentException("flow outside capacity on arc " + a);
            }
            int f = next[tail[a]]++;
            int r = next[head[a]]++;
            to[f] = head[a];
            residual[f] = capacity[a] - flow[a];
            cost[f] = arcCost[a];
            to[r] = tail[a];
            residual[r] = flow[a];
            cost[r] = -arcCost[a];
            mate[f] = r;
            mate[r] = f;
            forward[a] = f;
            excess[tail[a]] -= flow[a];
            excess[head[a]] += flow[a];
        }
        dist = new long[nodes];
        parent = new int[nodes];
        seen = new int[nodes];
        done = new int[nodes];
        finalized = new int[nodes];
    }

    /**
     * Routes every excess to a deficit along shortest paths, from the nodes in {@code order} first (may be
     * null), then in index order; progress as the share of excess routed.
     */
    void solve(int[] order, DoubleConsumer progress) {
        long total = 0;
        for (int v = 0; v < nodes; v++) {
            total += Math.max(0, excess[v]);
        }
        long routed = 0;
        long reportEvery = Math.max(1, total / 100);
        int ordered = order == null ? 0 : order.length;
        for (int x = 0; x < ordered + nodes; x++) {
            int s = x < ordered ? order[x] : x - ordered;
            while (excess[s] > 0) {
                routed += augmentFrom(s);
                if (routed % reportEvery == 0 && total > 0) {
                    progress.accept((double) routed / total);
                }
            }
        }
        progress.accept(1.0);
    }

    int flow(int arc) {
        return capacity[arc] - residual[forward[arc]];
    }

    long potential(int node) {
        return potential[node];
    }

    long searches() {
        return searches;
    }

    long scannedArcs() {
        return scanned;
    }

    /** One Dijkstra search from {@code s} to the nearest node with a deficit, then one augmentation. */
    private int augmentFrom(int s) {
        searches++;
        int iteration = ++stamp;
        heapSize = 0;
        finalizedCount = 0;
        dist[s] = 0;
        seen[s] = iteration;
        parent[s] = -1;
        push(0, s);
        int target = -1;
        while (heapSize > 0) {
            long d = heap.key[0];
            int u = heap.value[0];
            heap.pop(heapSize--);
            if (done[u] == iteration || d > dist[u]) {
                continue;
            }
            done[u] = iteration;
            finalized[finalizedCount++] = u;
            if (excess[u] < 0) {
                target = u;
                break;
            }
            long pu = potential[u];
            for (int x = first[u], end = first[u + 1]; x < end; x++) {
                if (residual[x] == 0) {
                    continue;
                }
                int v = to[x];
                if (done[v] == iteration) {
                    continue;
                }
                scanned++;
                long nd = d + cost[x] + pu - potential[v];
                if (seen[v] != iteration || nd < dist[v]) {
                    seen[v] = iteration;
                    dist[v] = nd;
                    parent[v] = x;
                    push(nd, v);
                }
            }
        }
        if (target < 0) {
            throw new IllegalStateException("no path from node " + s + " to a deficit: infeasible flow problem");
        }
        long reach = dist[target];
        if (reach < 0 || reach > Long.MAX_VALUE / 4) {
            throw new ArithmeticException("path length outside the exact range: " + reach);
        }
        // π(v) += min(d(v), D) − D: reduced costs stay non-negative and the path's become zero.
        for (int k = 0; k < finalizedCount; k++) {
            int v = finalized[k];
            potential[v] = Math.subtractExact(potential[v], reach - dist[v]);
        }
        int delta = Math.min(excess[s], -excess[target]);
        for (int v = target; v != s; v = to[mate[parent[v]]]) {
            delta = Math.min(delta, residual[parent[v]]);
        }
        for (int v = target; v != s; v = to[mate[parent[v]]]) {
            int x = parent[v];
            residual[x] -= delta;
            residual[mate[x]] += delta;
        }
        excess[s] -= delta;
        excess[target] += delta;
        return delta;
    }

    private void push(long key, int node) {
        heap.ensure(heapSize + 1);
        heap.push(0, heapSize++, key, node);
    }
}
