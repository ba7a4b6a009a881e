package se.arbetsmarknad.placement.allocation;

/**
 * An independent proof that an allocation is optimal, checked in exact integer arithmetic over every
 * eligible pair (not only those the solver looked at). The allocation is a solution of the linear program
 *
 * <pre>
 * max Σ w_ij·x_ij   subject to   Σ_j x_ij ≤ 1 (participant i),  Σ_{i of gender g} x_ij ≤ ⌈s_j/2⌉ (placement j, gender g;
 *                                 with gender balance),  Σ_i x_ij ≤ s_j (placement j),  x ≥ 0
 * </pre>
 *
 * whose dual gives each participant u_i ≥ 0, each placement and gender v_jg ≥ 0 and each placement y_j ≥ 0
 * with u_i + v_jg + y_j ≥ w_ij for every eligible pair. Weak duality: any feasible allocation weighs at
 * most Σu_i + Σ⌈s_j/2⌉·v_jg + Σs_j·y_j. So an allocation that is feasible and weighs exactly that much is
 * optimal, among fractional allocations too. This class checks exactly those three things and knows
 * nothing of how the solver found them.
 */
public final class OptimalityCertificate {

    private OptimalityCertificate() {
    }

    /** The dual solution: per participant, per placement and gender (index 2j + gender; null without balance), per placement. */
    record Duals(long[] participant, long[] placementGender, long[] placement) {
    }

    /** The proven optimum: the allocation's weight equals the dual bound. */
    public record Proof(long weight, long bound, long pairsChecked) {
    }

    static final class NotProvenException extends IllegalStateException {
        NotProvenException(String message) {
            super("allocation not proven optimal: " + message);
        }
    }

    static Proof verify(AllocationProblem p, Objective objective, int[] assigned, Duals duals) {
        int n = p.participants();
        int m = p.placementCount();
        boolean balance = p.genderBalance();
        if (assigned.length != n || duals.participant().length != n || duals.placement().length != m
                || (balance && duals.placementGender().length != 2 * m)) {
            throw new NotProvenException("sizes differ from the problem");
        }
        // 1. The allocation is feasible: eligible pairs only, seats and each gender's half respected.
        int[] used = new int[m];
        int[] usedByGender = balance ? new int[2 * m] : null;
        long weight = 0;
        for (int i = 0; i < n; i++) {
            int j = assigned[i];
            if (j < 0) {
                continue;
            }
            int k = java.util.Arrays.binarySearch(p.placementsOf(i), j);
            if (k < 0) {
                throw new NotProvenException("participant " + i + " is given placement " + j + ", which is not eligible");
            }
            weight = Math.addExact(weight, objective.weight(p.valuesOf(i)[k]));
            if (++used[j] > p.capacity(j)) {
                throw new NotProvenException("placement " + j + " is over its " + p.capacity(j) + " seats");
            }
            if (balance && p.gender(i) != AllocationProblem.UNKNOWN
                    && ++usedByGender[2 * j + p.gender(i)] > half(p.capacity(j))) {
                throw new NotProvenException("placement " + j + " has more than half its seats for one gender");
            }
        }
        // 2. The duals are feasible: non-negative, and cover every eligible pair's weight.
        long pairs = 0;
        for (int i = 0; i < n; i++) {
            long u = nonNegative(duals.participant()[i], "participant", i);
            int[] row = p.placementsOf(i);
            int[] values = p.valuesOf(i);
            int g = balance ? p.gender(i) : AllocationProblem.UNKNOWN;
            for (int k = 0; k < row.length; k++) {
                int j = row[k];
                long cover = Math.addExact(u, duals.placement()[j]);
                if (g != AllocationProblem.UNKNOWN) {
                    cover = Math.addExact(cover, duals.placementGender()[2 * j + g]);
                }
                if (cover < objective.weight(values[k])) {
                    throw new NotProvenException("the duals do not cover pair (" + i + ", " + j + ")");
                }
            }
            pairs += row.length;
        }
        // 3. The allocation's weight reaches the dual bound.
        long bound = 0;
        for (int i = 0; i < n; i++) {
            bound = Math.addExact(bound, duals.participant()[i]);
        }
        for (int j = 0; j < m; j++) {
            bound = Math.addExact(bound, Math.multiplyExact(nonNegative(duals.placement()[j], "placement", j), (long) p.capacity(j)));
            if (balance) {
                for (int g = 0; g < 2; g++) {
                    long v = nonNegative(duals.placementGender()[2 * j + g], "placement and gender", 2 * j + g);
                    bound = Math.addExact(bound, Math.multiplyExact(v, (long) half(p.capacity(j))));
                }
            }
        }
        if (weight != bound) {
            throw new NotProvenException("weight " + weight + " is below the dual bound " + bound);
        }
        return new Proof(weight, bound, pairs);
    }

    static int half(int seats) {
        return (seats + 1) / 2;
    }

    private static long nonNegative(long value, String what, int index) {
        if (value < 0) {
            throw new NotProvenException("negative dual for " + what + " " + index);
        }
        return value;
    }
}
