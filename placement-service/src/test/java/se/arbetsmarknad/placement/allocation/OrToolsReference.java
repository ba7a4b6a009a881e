package se.arbetsmarknad.placement.allocation;

import com.google.ortools.Loader;
import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;

/**
 * The benchmark's anchor: Google OR-Tools' min-cost flow (cost-scaling push-relabel in C++) on the same
 * network as {@link FlowAllocator}, but with every eligible pair as an arc and the same exact costs, so
 * that both must reach the same optimal weight.
 */
public final class OrToolsReference {

    private OrToolsReference() {
    }

    /** Times in nanoseconds; CPU time of this thread, which runs the native solver too. */
    public record Outcome(String status, long weight, long buildNanos, long solveNanos, long cpuNanos) {
    }

    public static Outcome solve(AllocationProblem p) {
        Loader.loadNativeLibraries();
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        Objective objective = Objective.of(p);
        FlowAllocator.Layout layout = new FlowAllocator.Layout(p);
        MinCostFlow flow = new MinCostFlow(layout.nodes(), (int) Math.min(Integer.MAX_VALUE, p.pairs() + 4L * layout.n + 3L * layout.m));
        long w = objective.unassignedCost;
        for (int i = 0; i < layout.n; i++) {
            flow.setNodeSupply(i, 1);
            flow.addArcWithCapacityAndUnitCost(i, layout.sink, 1, w);
            int[] row = p.placementsOf(i);
            int[] values = p.valuesOf(i);
            for (int k = 0; k < row.length; k++) {
                if (p.capacity(row[k]) > 0) {
                    flow.addArcWithCapacityAndUnitCost(i, layout.target(p, i, row[k]), 1, w - objective.weight(values[k]));
                }
            }
        }
        flow.setNodeSupply(layout.sink, -layout.n);
        for (int j = 0; j < layout.m; j++) {
            flow.addArcWithCapacityAndUnitCost(layout.placementNode(j), layout.sink, p.capacity(j), 0);
            if (layout.balance) {
                for (int g = 0; g < 2; g++) {
                    flow.addArcWithCapacityAndUnitCost(layout.genderNode(j, g), layout.placementNode(j),
                            OptimalityCertificate.half(p.capacity(j)), 0);
                }
            }
        }
        long built = System.nanoTime();
        MinCostFlowBase.Status status = flow.solve();
        long solved = System.nanoTime();
        long weight = status == MinCostFlowBase.Status.OPTIMAL ? layout.n * w - flow.getOptimalCost() : -1;
        flow.delete();
        return new Outcome(status.name(), weight, built - start, solved - built, threads.getCurrentThreadCpuTime() - cpu);
    }
}
