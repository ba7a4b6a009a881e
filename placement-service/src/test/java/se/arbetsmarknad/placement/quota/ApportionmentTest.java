package se.arbetsmarknad.placement.quota;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * Malmö's Tabell 1 ("Antal anställda och fördelning av platser", Arbetsmarknads- och socialförvaltningen
 * 2020): employees in April 2020 and "5,7 % av antal anställda per förvaltning".
 */
class ApportionmentTest {

    /** förvaltning → {employees, quota as printed}. */
    static final Map<String, int[]> TABELL_1 = new LinkedHashMap<>();
    static {
        TABELL_1.put("Stadsrevisionen", new int[] {11, 1});
        TABELL_1.put("Stadsbyggnadskontoret", new int[] {217, 12});
        TABELL_1.put("Serviceförvaltningen inkl Merservice", new int[] {1652, 94});
        TABELL_1.put("Fastighets- o gatukontoret inkl patruller", new int[] {469, 27});
        TABELL_1.put("Fritidsförvaltningen", new int[] {399, 23});
        TABELL_1.put("Miljöförvaltningen", new int[] {183, 10});
        TABELL_1.put("Stadskontoret", new int[] {332, 19});
        TABELL_1.put("Kulturförvaltningen", new int[] {597, 34});
        TABELL_1.put("Gymnasie och vuxenutbildn", new int[] {1584, 90});
        TABELL_1.put("Grundskoleförvaltning", new int[] {6095, 347});
        TABELL_1.put("Förskoleförvaltning", new int[] {4683, 267});
        TABELL_1.put("Hälsa vård och omsorgsförv", new int[] {5318, 303});
        TABELL_1.put("ASF inkl interna arbetslag AMA", new int[] {2331, 133});
        TABELL_1.put("Funktionsstödsförvaltning", new int[] {2719, 155});
    }

    static final BigDecimal MALMO_SHARE = new BigDecimal("5.7");

    @Test
    void theShareRoundedHalfUpPerForvaltningReproducesTabell1() {
        TABELL_1.forEach((name, row) -> assertThat(Apportionment.share(row[0], MALMO_SHARE)).as(name).isEqualTo(row[1]));
        int employees = TABELL_1.values().stream().mapToInt(r -> r[0]).sum();
        assertThat(employees).isEqualTo(26_590); // "TOTAL MALMÖ STAD"
        // The table's total, 1 516, is 5,7 % of all employees; its rows add up to 1 515: rounding each
        // row on its own loses the total, which is why the model also offers largest-remainder apportionment.
        assertThat(Apportionment.share(employees, MALMO_SHARE)).isEqualTo(1516);
        assertThat(TABELL_1.values().stream().mapToInt(r -> r[1]).sum()).isEqualTo(1515);
    }

    @Test
    void otherRoundingsDoNotReproduceTabell1() {
        // truncation would give 26 for Fastighets- o gatukontoret (26,733) and 0 for Stadsrevisionen (0,627)
        assertThat((int) Math.floor(469 * 0.057)).isNotEqualTo(27);
        assertThat((int) Math.floor(11 * 0.057)).isNotEqualTo(1);
    }

    @Test
    void largestRemainderAddsUpExactlyToACityWideTotal() {
        Map<String, Integer> employees = new LinkedHashMap<>();
        TABELL_1.forEach((name, row) -> employees.put(name, row[0]));
        Map<String, Integer> of1516 = Apportionment.largestRemainder(employees, 1516);
        assertThat(of1516.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(1516);
        // the extra place goes to the largest remainder: Grundskoleförvaltning (347,48…)
        assertThat(of1516.get("Grundskoleförvaltning")).isEqualTo(348);
        TABELL_1.forEach((name, row) -> {
            if (!name.equals("Grundskoleförvaltning")) {
                assertThat(of1516.get(name)).as(name).isEqualTo(row[1]);
            }
        });
        // Malmö's production goal of 1 500 employments
        Map<String, Integer> of1500 = Apportionment.largestRemainder(employees, 1500);
        assertThat(of1500.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(1500);
        assertThat(of1500.get("Grundskoleförvaltning")).isEqualTo(344); // 6095·1500/26590 = 343,83
    }

    @Test
    void largestRemainderStaysWithinOneOfTheExactShareAndAddsUpOnRandomInputs() {
        Random random = new Random(42);
        for (int round = 0; round < 200; round++) {
            Map<Integer, Integer> employees = new LinkedHashMap<>();
            int n = 1 + random.nextInt(20);
            long sum = 0;
            for (int i = 0; i < n; i++) {
                int e = random.nextInt(8000);
                employees.put(i, e);
                sum += e;
            }
            int total = random.nextInt(3000);
            Map<Integer, Integer> parts = Apportionment.largestRemainder(employees, total);
            assertThat(parts.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(sum == 0 ? 0 : total);
            for (var e : employees.entrySet()) {
                if (sum > 0) {
                    double exact = (double) e.getValue() * total / sum;
                    assertThat((double) parts.get(e.getKey())).isBetween(Math.floor(exact), Math.ceil(exact));
                }
            }
        }
    }
}
