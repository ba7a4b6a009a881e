package se.arbetsmarknad.reporting.reports;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.Session;

import se.arbetsmarknad.platform.problem.ProblemException;
import se.arbetsmarknad.reporting.access.Scope;
import se.arbetsmarknad.reporting.costrate.CostRates;
import se.arbetsmarknad.reporting.costrate.CostRates.Rate;
import se.arbetsmarknad.reporting.table.Formats;
import se.arbetsmarknad.reporting.table.Suppression;
import se.arbetsmarknad.reporting.table.Table;
import se.arbetsmarknad.reporting.table.Table.Column;
import se.arbetsmarknad.reporting.table.Table.Type;
import se.arbetsmarknad.reporting.table.Totals;

/**
 * Kostnadsprognos (Malmö Tabell 2): volumes per employment kind times the monthly cost rate valid in
 * each month of the year. Volumes given as parameters (planning) are not about people; without them the
 * volumes are today's employments, which are counts and suppressed as such. With {@code steps}
 * (10,20,…,300) the table has Tabell 2's own form: a row per volume, a column per kind and their sum.
 */
@ApplicationScoped
public class CostProjectionReport implements Report {

    /** How many hold an employment of a kind today. */
    public record KindCount(String kind, Long count) {
    }

    @Inject
    Session session;
    @Inject
    CostRates costRates;

    @Inject
    Clock clock;

    @Override
    public String name() {
        return "cost-projection";
    }

    List<Rate> rates() {
        return costRates.all();
    }

    @Override
    public Table build(Params p, Scope scope) {
        scope.requireMunicipalityWide();
        LocalDate today = LocalDate.now(clock);
        int year = p.year("year", today.getYear());
        Map<String, Long> planned = volumes(p.text("volumes"));
        boolean actual = planned.isEmpty();
        List<Rate> rates = rates();
        Map<String, String> labels = new LinkedHashMap<>();
        rates.forEach(r -> labels.putIfAbsent(r.kind(), r.label()));
        for (String kind : planned.keySet()) {
            if (!labels.containsKey(kind)) {
                throw ProblemException.invalid("volumes", "okänd anställningsform / unknown employment kind: " + kind);
            }
        }
        List<Long> steps = steps(p.text("steps"));
        if (!steps.isEmpty()) {
            if (!planned.isEmpty()) {
                throw ProblemException.invalid("steps", "ange volumes eller steps, inte båda / give volumes or steps, not both");
            }
            return stepTable(year, steps, rates, labels);
        }
        Map<String, Long> volumes = actual ? currentEmployments(labels.keySet(), today) : planned;
        Table t = new Table("Kostnadsprognos " + year + (actual ? " – nuvarande anställningar" : " – planerad volym"),
                new Column("kind", "Anställningsform", Type.TEXT), new Column("volume", "Antal", Type.COUNT),
                new Column("rate", "Månadskostnad per anställd", Type.AMOUNT),
                new Column("cost", "Total lönekostnad/år", Type.AMOUNT));
        BigDecimal total = BigDecimal.ZERO;
        Totals totals = actual ? new Totals(List.of("volume"), List.of()) : new Totals(List.of(), List.of("volume"));
        for (var kind : labels.entrySet()) {
            if (!volumes.containsKey(kind.getKey())) {
                continue;
            }
            long n = volumes.get(kind.getKey());
            BigDecimal yearCost = yearCostOfOne(rates, kind.getKey(), year).multiply(BigDecimal.valueOf(n));
            BigDecimal lastRate = rateOn(rates, kind.getKey(), LocalDate.of(year, 12, 1));
            Map<String, Table.Cell> row = t.addRow();
            row.put("kind", Table.text(kind.getValue()));
            Table.Cell volume = actual ? totals.count("volume", n) : totals.number("volume", n);
            row.put("volume", volume);
            row.put("rate", Table.number(lastRate));
            row.put("cost", Table.derivedFrom(yearCost, volume));
            total = total.add(yearCost);
        }
        Map<String, Table.Cell> sum = totals.addRow(t, "kind", "Ackumulerad lönekostnad");
        sum.put("cost", Table.derivedFrom(total, sum.get("volume")));
        t.note("Månadskostnad enligt referensdata (cost_rate) giltig respektive månad / "
                + "monthly rate from reference data valid in each month");
        t.period("år " + year);
        return Suppression.protect(t);
    }

    /**
     * Tabell 2's own form: one row per volume (10, 20 … 300), the year's wage cost of that many of each
     * kind in its column (the rate in the heading when one rate holds all year), and their sum. Planned
     * volumes are about nobody: nothing to suppress.
     */
    private static Table stepTable(int year, List<Long> steps, List<Rate> rates, Map<String, String> labels) {
        List<Column> columns = new ArrayList<>();
        columns.add(new Column("volume", "Antal", Type.NUMBER));
        Map<String, BigDecimal> ofOne = new LinkedHashMap<>();
        List<String> shortNames = new ArrayList<>();
        // As Tabell 2 orders them: the cheapest kind first (UVA, OSA, NYS).
        List<Map.Entry<String, String>> kinds = new ArrayList<>(labels.entrySet());
        kinds.sort(java.util.Comparator.comparing((Map.Entry<String, String> k) -> yearCostOfOne(rates, k.getKey(), year))
                .thenComparing(Map.Entry::getKey));
        for (var kind : kinds) {
            ofOne.put(kind.getKey(), yearCostOfOne(rates, kind.getKey(), year));
            BigDecimal first = rateOn(rates, kind.getKey(), LocalDate.of(year, 1, 1));
            boolean oneRate = ofOne.get(kind.getKey()).compareTo(first.multiply(BigDecimal.valueOf(12))) == 0;
            columns.add(new Column(kind.getKey(), "Total lönekostnad/år – " + kind.getValue()
                    + (oneRate ? " á " + Formats.number(first, Type.AMOUNT) + "/månad" : ""), Type.AMOUNT));
            shortNames.add(shortName(kind.getValue()));
        }
        columns.add(new Column("cost", "Ackumulerad lönekostnad (" + String.join(" + ", shortNames) + ")", Type.AMOUNT));
        Table t = new Table("Lönekostnader " + year + " – arbetsmarknadsanställningar per volym", columns);
        for (long n : steps) {
            Map<String, Table.Cell> row = t.addRow();
            row.put("volume", Table.number(n));
            BigDecimal sum = BigDecimal.ZERO;
            for (var kind : ofOne.entrySet()) {
                BigDecimal cost = kind.getValue().multiply(BigDecimal.valueOf(n));
                row.put(kind.getKey(), Table.number(cost));
                sum = sum.add(cost);
            }
            row.put("cost", Table.number(sum));
        }
        t.note("Antal anställda av varje slag ett helt år × månadskostnaden enligt referensdata (cost_rate) giltig"
                + " respektive månad / that many of each kind for a whole year × the monthly rate valid in each month");
        t.period("år " + year);
        return Suppression.protect(t);
    }

    /** "Utvecklingsanställning (UVA)" → "UVA"; a label without an abbreviation stays whole. */
    private static String shortName(String label) {
        int open = label.lastIndexOf('(');
        return open >= 0 && label.endsWith(")") ? label.substring(open + 1, label.length() - 1) : label;
    }

    /** One person's wage cost of the kind over the year: the rate valid on the first of each month, summed. */
    private static BigDecimal yearCostOfOne(List<Rate> rates, String kind, int year) {
        BigDecimal cost = BigDecimal.ZERO;
        for (int m = 1; m <= 12; m++) {
            cost = cost.add(rateOn(rates, kind, LocalDate.of(year, m, 1)));
        }
        return cost;
    }

    /** "10,20,30" → the volumes of Tabell 2's rows, at most 50 of them. */
    static List<Long> steps(String text) {
        List<Long> steps = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return steps;
        }
        String[] parts = text.split(",");
        if (parts.length > 50) {
            throw ProblemException.invalid("steps", "högst 50 volymer / at most 50 volumes");
        }
        for (String part : parts) {
            try {
                long n = Long.parseLong(part.trim());
                if (n < 0 || n > 100_000) {
                    throw new NumberFormatException();
                }
                steps.add(n);
            } catch (NumberFormatException e) {
                throw ProblemException.invalid("steps", "heltal 0–100 000 åtskilda med komma, t.ex. 10,20,30 /"
                        + " whole numbers 0–100 000 separated by commas, e.g. 10,20,30");
            }
        }
        return steps;
    }

    /** The rate of the kind valid on the day (the latest-starting one if several are), else zero. */
    private static BigDecimal rateOn(List<Rate> rates, String kind, LocalDate day) {
        BigDecimal rate = BigDecimal.ZERO;
        for (Rate r : rates) {
            if (kind.equals(r.kind()) && r.validOn(day)) {
                rate = r.monthlyRate();
            }
        }
        return rate;
    }

    /** "utvecklingsanstallning:10,osa:10" → kind → volume. */
    static Map<String, Long> volumes(String text) {
        Map<String, Long> volumes = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return volumes;
        }
        for (String part : text.split(",")) {
            String[] kv = part.trim().split(":");
            try {
                long n = Long.parseLong(kv[1].trim());
                if (kv.length != 2 || n < 0 || n > 100_000) {
                    throw new NumberFormatException();
                }
                volumes.merge(kv[0].trim(), n, Long::sum);
            } catch (RuntimeException e) {
                throw ProblemException.invalid("volumes", "form slag:antal, t.ex. osa:10 / form kind:count, e.g. osa:10");
            }
        }
        return volumes;
    }

    private Map<String, Long> currentEmployments(Set<String> kinds, LocalDate today) {
        Map<String, Long> volumes = new LinkedHashMap<>();
        kinds.forEach(k -> volumes.put(k, 0L));
        session.createNativeQuery("""
                select m.kind, count(*) as count from match_state m where m.kind in (:kinds) and """ + HeldOn.SQL + """

                group by m.kind""", KindCount.class)
                .setParameter("kinds", kinds).setParameter("day", today).getResultList()
                .forEach(r -> volumes.put(r.kind(), r.count()));
        return volumes;
    }
}
