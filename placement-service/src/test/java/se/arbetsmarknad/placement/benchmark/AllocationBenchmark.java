package se.arbetsmarknad.placement.benchmark;

import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import se.arbetsmarknad.placement.allocation.AllocationDtos;
import se.arbetsmarknad.placement.allocation.AllocationProblem;
import se.arbetsmarknad.placement.allocation.AllocationService;
import se.arbetsmarknad.placement.allocation.FlowAllocator;
import se.arbetsmarknad.placement.allocation.OrToolsReference;
import se.arbetsmarknad.placement.allocation.PriorityRule;
import se.arbetsmarknad.placement.matching.ParticipantProfile;
import se.arbetsmarknad.placement.placement.Placement;

/**
 * The allocation side by side with its anchor, Google OR-Tools' min-cost flow, on the same seeded
 * instances: 5 000 participants × 2 000 placements, sparse (placements with the requirements employments
 * set: ≈ 0.95 M eligible pairs) and dense (few requirements: ≈ 5.2 M pairs), each without rules, with
 * gender balance, with both priority rules, and with everything. Both must reach the same optimal weight.
 * Not a test (Surefire runs *Test only); run it with {@code placement-service/scripts/bench-allocation.sh}.
 *
 * <p>Prints one machine-readable line per figure, {@code figure=NAME value=V unit=U}, besides a readable
 * table. Arguments: {@code runs=N} (measured runs per case, median reported; default 3),
 * {@code instances=sparse,dense}, {@code variants=none,balance,rules,all}, {@code ortools=false}.
 */
public final class AllocationBenchmark {

    static final LocalDate AS_OF = LocalDate.of(2026, 1, 5);
    static final List<PriorityRule> BOTH_RULES = List.of(PriorityRule.SINGLE_WOMEN_WITH_CHILDREN, PriorityRule.LONG_TERM_ASSISTANCE);

    public static void main(String[] args) {
        Map<String, String> options = new LinkedHashMap<>(Map.of("runs", "3", "instances", "sparse,dense",
                "variants", "none,balance,rules,all", "ortools", "true", "participants", "5000", "placements", "2000"));
        for (String a : args) {
            String[] kv = a.split("=", 2);
            options.put(kv[0], kv.length > 1 ? kv[1] : "true");
        }
        int runs = Integer.parseInt(options.get("runs"));
        int n = Integer.parseInt(options.get("participants"));
        int m = Integer.parseInt(options.get("placements"));
        boolean ortools = Boolean.parseBoolean(options.get("ortools"));
        System.out.printf("# Java %s, %d processors, max heap %d MB, load average %.2f%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        boolean allSame = true;
        for (String density : options.get("instances").split(",")) {
            AllocationService.Instance instance = instance(n, m, "sparse".equals(density));
            long before = usedHeap();
            AllocationProblem sizing = AllocationService.problem(instance, BOTH_RULES, true, AS_OF, x -> {
            });
            long heap = usedHeap() - before;
            figure("allocation." + density + ".pairs", sizing.pairs(), "pairs");
            figure("allocation." + density + ".seats", seats(instance), "seats");
            figure("allocation." + density + ".problem-heap", heap >> 20, "MB");
            sizing = null;
            for (String variant : options.get("variants").split(",")) {
                List<PriorityRule> rules = variant.equals("rules") || variant.equals("all") ? BOTH_RULES : List.of();
                boolean balance = variant.equals("balance") || variant.equals("all");
                String name = "allocation." + density + "." + variant;
                allSame &= run(name, instance, rules, balance, runs, ortools);
            }
        }
        figure("allocation.same-optimum", allSame ? 1 : 0, "bool");
        if (!allSame) {
            System.exit(1);
        }
    }

    /** Measures one case; true when the project's solver and OR-Tools reach the same optimal weight. */
    static boolean run(String name, AllocationService.Instance instance, List<PriorityRule> rules, boolean balance, int runs, boolean ortools) {
        long[] pairs = new long[runs];
        long[] solve = new long[runs];
        long[] total = new long[runs];
        long[] orBuild = new long[runs];
        long[] orSolve = new long[runs];
        long[] orCpu = new long[runs];
        long[] pairsCpu = new long[runs];
        long[] solveCpu = new long[runs];
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        FlowAllocator.Result result = null;
        OrToolsReference.Outcome reference = null;
        AllocationDtos.Result dto = null;
        for (int r = -1; r < runs; r++) { // run −1 warms the JIT up
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            AllocationProblem problem = AllocationService.problem(instance, rules, balance, AS_OF, x -> {
            });
            long t1 = System.nanoTime();
            long c1 = threads.getCurrentThreadCpuTime();
            result = FlowAllocator.solve(problem);
            long t2 = System.nanoTime();
            long c2 = threads.getCurrentThreadCpuTime();
            if (ortools) {
                reference = OrToolsReference.solve(problem);
            }
            problem = null;
            long t3 = System.nanoTime();
            dto = AllocationService.allocate(instance, rules, balance, AS_OF);
            long t4 = System.nanoTime();
            if (r >= 0) {
                pairs[r] = t1 - t0;
                pairsCpu[r] = c1 - c0;
                solveCpu[r] = c2 - c1;
                solve[r] = t2 - t1;
                total[r] = t4 - t3;
                orBuild[r] = reference == null ? 0 : reference.buildNanos();
                orSolve[r] = reference == null ? 0 : reference.solveNanos();
                orCpu[r] = reference == null ? 0 : reference.cpuNanos();
            }
        }
        figure(name + ".project.pairs", ms(pairs), "ms");
        figure(name + ".project.solve", ms(solve), "ms");
        figure(name + ".project.total", ms(total), "ms");
        figure(name + ".project.solve.select", result.timings().selectNanos() / 1_000_000, "ms");
        figure(name + ".project.solve.flow", result.timings().flowNanos() / 1_000_000, "ms");
        figure(name + ".project.solve.certificate", result.timings().certificateNanos() / 1_000_000, "ms");
        figure(name + ".project.searches", result.timings().searches(), "searches");
        figure(name + ".project.scanned-arcs", result.timings().scannedArcs(), "arcs");
        figure(name + ".project.solve.cpu", ms(solveCpu), "ms");
        figure(name + ".project.pairs.cpu", ms(pairsCpu), "ms");
        figure(name + ".project.rounds", result.rounds(), "rounds");
        figure(name + ".project.network-pairs", result.networkPairs(), "pairs");
        figure(name + ".assigned", dto.assignments().size(), "participants");
        figure(name + ".weight", result.proof().weight(), "weight");
        for (int k = 0; k < rules.size(); k++) {
            figure(name + ".prioritised." + rules.get(k).code, result.priorityCounts()[k], "assignments");
        }
        boolean same = true;
        if (ortools) {
            figure(name + ".ortools.build", ms(orBuild), "ms");
            figure(name + ".ortools.solve", ms(orSolve), "ms");
            long[] orTotal = new long[runs];
            for (int r = 0; r < runs; r++) {
                orTotal[r] = orBuild[r] + orSolve[r];
            }
            figure(name + ".ortools.total", ms(orTotal), "ms");
            figure(name + ".ortools.cpu", ms(orCpu), "ms");
            same = "OPTIMAL".equals(reference.status()) && reference.weight() == result.proof().weight();
            figure(name + ".same-optimum", same ? 1 : 0, "bool");
            if (!same) {
                System.out.printf("# %s: OR-Tools %s weight %d, project %d%n", name, reference.status(), reference.weight(),
                        result.proof().weight());
            }
        }
        return same;
    }

    static AllocationService.Instance instance(int n, int m, boolean strict) {
        Random random = new Random(strict ? 42 : 43);
        List<ParticipantProfile> participants = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            participants.add(PlacementBenchmark.participant(random));
        }
        participants.sort(Comparator.comparing(p -> p.participantId));
        List<Placement> placements = PlacementBenchmark.placements(random, m, AS_OF);
        if (strict) {
            placements.forEach(p -> PlacementBenchmark.strict(p, random));
        }
        placements.sort(Comparator.comparing(p -> p.id));
        return new AllocationService.Instance(participants, placements);
    }

    static long seats(AllocationService.Instance instance) {
        return instance.placements().stream().mapToLong(Placement::freeSeats).sum();
    }

    static long usedHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    /** Median in milliseconds. */
    static long ms(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1_000_000;
    }

    static void figure(String name, long value, String unit) {
        System.out.printf("figure=%s value=%d unit=%s%n", name, value, unit);
    }
}
