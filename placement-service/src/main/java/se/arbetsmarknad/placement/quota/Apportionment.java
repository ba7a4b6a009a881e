package se.arbetsmarknad.placement.quota;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import se.arbetsmarknad.platform.domain.QuotaShare;

/**
 * The two ways a fördelningsmodell turns employee counts into quotas (number of places to offer).
 * Both are exact (integer and decimal arithmetic, no floating point).
 */
public final class Apportionment {

    private Apportionment() {
    }

    /**
     * A share of employees, rounded half up per förvaltning, as Malmö's Tabell 1 does
     * (5,7 % of 469 = 26,733 → 27). The parts need not add up to the share of the total.
     */
    public static int share(int employees, BigDecimal percent) {
        return Math.toIntExact(QuotaShare.of(employees, percent));
    }

    /**
     * A city-wide total apportioned in proportion to employees by the largest-remainder (Hamilton)
     * method: everyone gets the integer part of their exact share, and the seats left over go to the
     * largest remainders, so the parts add up exactly to {@code total}. Ties on the remainder go to the
     * larger employer, then to the key that sorts first, so the result is deterministic.
     */
    public static <K extends Comparable<K>> Map<K, Integer> largestRemainder(Map<K, Integer> employees, int total) {
        long sum = employees.values().stream().mapToLong(Integer::longValue).sum();
        Map<K, Integer> result = new LinkedHashMap<>();
        if (sum == 0) {
            employees.keySet().forEach(k -> result.put(k, 0));
            return result;
        }
        record Part<K>(K key, int employees, long floor, long remainderNumerator) {
        }
        List<Part<K>> parts = new ArrayList<>();
        long given = 0;
        for (Map.Entry<K, Integer> e : employees.entrySet()) {
            BigInteger[] qr = BigInteger.valueOf(e.getValue()).multiply(BigInteger.valueOf(total))
                    .divideAndRemainder(BigInteger.valueOf(sum));
            parts.add(new Part<>(e.getKey(), e.getValue(), qr[0].longValueExact(), qr[1].longValueExact()));
            given += qr[0].longValueExact();
        }
        List<Part<K>> byRemainder = new ArrayList<>(parts);
        byRemainder.sort(Comparator.<Part<K>>comparingLong(p -> -p.remainderNumerator())
                .thenComparing(p -> -p.employees())
                .thenComparing(Part::key));
        Map<K, Integer> extra = new LinkedHashMap<>();
        for (int i = 0; i < total - given; i++) {
            extra.merge(byRemainder.get(i).key(), 1, Integer::sum);
        }
        for (Part<K> p : parts) {
            result.put(p.key(), (int) p.floor() + extra.getOrDefault(p.key(), 0));
        }
        return result;
    }
}
