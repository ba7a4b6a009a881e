package se.arbetsmarknad.placement.allocation;

/**
 * The lexicographic objective as exact 64-bit weights: most assignments favoured by the first priority
 * rule, then by the second, …, then the highest total score. Tier k's multiplier is one more than all
 * lower tiers and the scores can add together over at most {@code A} assignments (A = min(participants
 * with an eligible pair, seats)), so no amount of lower-tier gain outweighs one more assignment of a
 * higher tier. With two rules the largest weight is about 101·A², e.g. 2.5·10⁹ at A = 5 000; the solver's
 * sums stay far inside 64 bits up to {@link #MAX_WEIGHT} (A ≈ 200 000 with two rules), and every step
 * that could leave the range is checked, so a result is exact or an exception, never wrong.
 */
final class Objective {

    /** 2^42: potentials and path lengths of the flow solver stay below 2^62 for up to a million nodes. */
    static final long MAX_WEIGHT = 1L << 42;

    /** Weight of each combination of rule bits (index = the value's bits above the score). */
    private final long[] maskWeight;
    /** One more than the largest weight: the cost of leaving a participant without a seat. */
    final long unassignedCost;
    final long[] multipliers;

    private Objective(long[] maskWeight, long[] multipliers, long unassignedCost) {
        this.maskWeight = maskWeight;
        this.multipliers = multipliers;
        this.unassignedCost = unassignedCost;
    }

    long weight(int value) {
        return maskWeight[value >>> AllocationProblem.SCORE_BITS] + (value & AllocationProblem.MAX_SCORE);
    }

    static Objective of(AllocationProblem p) {
        int maxScore = 0;
        long withPairs = 0;
        for (int i = 0; i < p.participants(); i++) {
            int[] values = p.valuesOf(i);
            withPairs += values.length > 0 ? 1 : 0;
            for (int v : values) {
                maxScore = Math.max(maxScore, AllocationProblem.score(v));
            }
        }
        long seats = 0;
        for (int j = 0; j < p.placementCount(); j++) {
            seats += p.capacity(j);
        }
        long[] mult;
        try {
            mult = multipliers(p.rules(), Math.min(withPairs, seats), maxScore);
        } catch (ArithmeticException e) {
            throw new TooLargeException(p.rules());
        }
        long[] maskWeight = new long[1 << p.rules()];
        long max = 0;
        for (int mask = 0; mask < maskWeight.length; mask++) {
            long w = 0;
            for (int k = 0; k < p.rules(); k++) {
                if ((mask >>> (p.rules() - 1 - k) & 1) != 0) {
                    w = Math.addExact(w, mult[k]);
                }
            }
            maskWeight[mask] = w;
            max = Math.max(max, w);
        }
        long unassigned = max + maxScore + 1;
        if (unassigned > MAX_WEIGHT) {
            throw new TooLargeException(p.rules());
        }
        return new Objective(maskWeight, mult, unassigned);
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

    /** The weights would leave the exact range (only with many more rules than exist, or astronomically large batches). */
    static final class TooLargeException extends RuntimeException {
        TooLargeException(int rules) {
            super(rules + " priority rules are beyond the exact 64-bit range for a batch this large");
        }
    }
}
