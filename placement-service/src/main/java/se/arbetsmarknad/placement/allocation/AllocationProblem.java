package se.arbetsmarknad.placement.allocation;

import java.util.Arrays;
import java.util.List;

/**
 * An allocation instance in primitive arrays, so that millions of eligible pairs fit a small heap: per
 * participant one row of placement indexes (ascending) and one row of packed values, 8 bytes a pair and
 * no object per pair.
 *
 * <p>A pair's value packs what the objective compares, in its order: the priority rules' bits above
 * {@link #SCORE_BITS} bits of score, the first rule in the highest bit. Comparing two values as integers
 * therefore compares them lexicographically (first rule, second rule, …, score), which
 * {@link Objective} turns into exact 64-bit weights.
 */
public final class AllocationProblem {

    public static final byte WOMAN = 0;
    public static final byte MAN = 1;
    /** Unknown gender: not counted against either gender's half of a placement. */
    public static final byte UNKNOWN = -1;

    public static final int SCORE_BITS = 16;
    public static final int MAX_SCORE = (1 << SCORE_BITS) - 1;
    /** Values are non-negative ints: 15 rule bits above 16 score bits. */
    public static final int MAX_RULES = 31 - SCORE_BITS;

    final int rules;
    final boolean genderBalance;
    final byte[] gender;
    final int[] capacity;
    final int[][] placements;
    final int[][] values;

    private AllocationProblem(int rules, boolean genderBalance, byte[] gender, int[] capacity, int[][] placements, int[][] values) {
        this.rules = rules;
        this.genderBalance = genderBalance;
        this.gender = gender;
        this.capacity = capacity;
        this.placements = placements;
        this.values = values;
    }

    public int participants() {
        return gender.length;
    }

    public int placementCount() {
        return capacity.length;
    }

    public int rules() {
        return rules;
    }

    public boolean genderBalance() {
        return genderBalance;
    }

    public int capacity(int placement) {
        return capacity[placement];
    }

    public byte gender(int participant) {
        return gender[participant];
    }

    /** Eligible placements of a participant, ascending (the array itself: do not change it). */
    public int[] placementsOf(int participant) {
        return placements[participant];
    }

    /** Packed values of a participant's pairs, in the order of {@link #placementsOf}. */
    public int[] valuesOf(int participant) {
        return values[participant];
    }

    public long pairs() {
        long pairs = 0;
        for (int[] row : placements) {
            pairs += row.length;
        }
        return pairs;
    }

    /** Packs a score and the rules that favour a pair (favoured[k]: rule k, the first is the most important). */
    public static int value(int score, boolean[] favoured) {
        if (score < 0 || score > MAX_SCORE) {
            throw new IllegalArgumentException("score out of range: " + score);
        }
        int mask = 0;
        for (boolean f : favoured) {
            mask = (mask << 1) | (f ? 1 : 0);
        }
        return (mask << SCORE_BITS) | score;
    }

    public static int score(int value) {
        return value & MAX_SCORE;
    }

    /** Whether rule {@code rule} (0 = first) of {@code rules} favours the pair. */
    public static boolean favours(int value, int rule, int rules) {
        return ((value >>> SCORE_BITS) >>> (rules - 1 - rule) & 1) != 0;
    }

    public static byte gender(String code) {
        return "K".equals(code) ? WOMAN : "M".equals(code) ? MAN : UNKNOWN;
    }

    /** Rows are added per participant; a row's pairs may come in any order. */
    public static final class Builder {
        private final int rules;
        private final boolean genderBalance;
        private final byte[] gender;
        private final int[] capacity;
        private final int[][] placements;
        private final int[][] values;

        public Builder(int participants, int[] capacity, int rules, boolean genderBalance) {
            if (rules < 0 || rules > MAX_RULES) {
                throw new IllegalArgumentException("at most " + MAX_RULES + " rules");
            }
            for (int c : capacity) {
                if (c < 0) {
                    throw new IllegalArgumentException("negative capacity");
                }
            }
            this.rules = rules;
            this.genderBalance = genderBalance;
            this.gender = new byte[participants];
            this.capacity = capacity.clone();
            this.placements = new int[participants][];
            this.values = new int[participants][];
            Arrays.fill(gender, UNKNOWN);
            Arrays.fill(placements, new int[0]);
            Arrays.fill(values, new int[0]);
        }

        public Builder gender(int participant, byte g) {
            gender[participant] = g;
            return this;
        }

        /** The participant's eligible pairs: the first {@code length} entries of both arrays (copied). */
        public Builder row(int participant, int[] rowPlacements, int[] rowValues, int length) {
            int[] p = Arrays.copyOf(rowPlacements, length);
            int[] v = Arrays.copyOf(rowValues, length);
            boolean sorted = true;
            for (int k = 0; k < length; k++) {
                if (p[k] < 0 || p[k] >= capacity.length) {
                    throw new IllegalArgumentException("placement out of range: " + p[k]);
                }
                if (v[k] < 0 || (v[k] >>> SCORE_BITS) >= (1 << rules)) {
                    throw new IllegalArgumentException("value out of range: " + v[k]);
                }
                sorted &= k == 0 || p[k - 1] < p[k];
            }
            if (!sorted) {
                sortByPlacement(p, v);
            }
            placements[participant] = p;
            values[participant] = v;
            return this;
        }

        public AllocationProblem build() {
            return new AllocationProblem(rules, genderBalance, gender, capacity, placements, values);
        }

        private static void sortByPlacement(int[] p, int[] v) {
            long[] packed = new long[p.length];
            for (int k = 0; k < p.length; k++) {
                packed[k] = ((long) p[k] << 32) | (v[k] & 0xFFFFFFFFL);
            }
            Arrays.sort(packed);
            for (int k = 0; k < p.length; k++) {
                p[k] = (int) (packed[k] >>> 32);
                v[k] = (int) packed[k];
                if (k > 0 && p[k - 1] == p[k]) {
                    throw new IllegalArgumentException("pair given twice: placement " + p[k]);
                }
            }
        }
    }

    /** An eligible pair, for building small instances by hand (tests). */
    public record Pair(int participant, int placement, int score, boolean... favoured) {
    }

    /** A small instance from a list of pairs; genders "K", "M" or null. */
    public static AllocationProblem of(String[] genders, int[] capacity, List<Pair> pairs, int rules, boolean genderBalance) {
        Builder b = new Builder(genders.length, capacity, rules, genderBalance);
        int[] count = new int[genders.length];
        for (Pair p : pairs) {
            count[p.participant()]++;
        }
        int[][] ps = new int[genders.length][];
        int[][] vs = new int[genders.length][];
        for (int i = 0; i < genders.length; i++) {
            b.gender(i, gender(genders[i]));
            ps[i] = new int[count[i]];
            vs[i] = new int[count[i]];
            count[i] = 0;
        }
        for (Pair p : pairs) {
            if (p.favoured().length != rules) {
                throw new IllegalArgumentException("a pair needs one flag per rule");
            }
            int i = p.participant();
            ps[i][count[i]] = p.placement();
            vs[i][count[i]++] = value(p.score(), p.favoured());
        }
        for (int i = 0; i < genders.length; i++) {
            b.row(i, ps[i], vs[i], ps[i].length);
        }
        return b.build();
    }
}
