package se.arbetsmarknad.reporting.statistics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

/**
 * Answers a statistic for a date range from the pre-aggregated daily counters: one grouped query over
 * the days in the range (plus, for stocks, the deltas after it and the all-time totals), so the cost
 * depends on the range asked for and the breakdown, not on how many events have ever happened.
 */
@ApplicationScoped
public class SeriesQuery {

    @Inject
    EntityManager em;

    public record Request(Catalogue.Statistic statistic, Period period, LocalDate from, LocalDate to, List<Dim> by,
            Map<Dim, String> filters) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Series run(Request r) {
        List<LocalDate> starts = r.period().starts(r.from(), r.to());
        // key: group values + gender → per period start: value (flows, stock deltas) or histogram (medians)
        Map<List<String>, Map<String, Map<LocalDate, Map<Integer, Long>>>> cells = new LinkedHashMap<>();
        String groupCols = r.by().stream().map(d -> d.column + ", ").collect(Collectors.joining());
        String where = r.filters().keySet().stream().map(d -> " and " + d.column + " = :f_" + d.name())
                .collect(Collectors.joining());
        Split split = Split.of(r.from(), r.to());
        Query q = em.createNativeQuery("select " + r.period().sqlBucket() + " as bucket, " + groupCols
                + "gender, days, sum(value) from (" + split.sql(where) + ") f group by 1, " + groupCols + "gender, days")
                .setParameter("s", r.statistic().id());
        if (r.period().sqlBucket().contains(":from")) {
            q.setParameter("from", r.from());
        }
        split.bind(q);
        r.filters().forEach((d, v) -> q.setParameter("f_" + d.name(), v));
        for (Object row : q.getResultList()) {
            Object[] a = (Object[]) row;
            LocalDate bucket = toDate(a[0]);
            List<String> group = group(a, r.by().size());
            String gender = (String) a[1 + r.by().size()];
            int days = ((Number) a[2 + r.by().size()]).intValue();
            long value = ((Number) a[3 + r.by().size()]).longValue();
            cells.computeIfAbsent(group, g -> new HashMap<>()).computeIfAbsent(gender, g -> new TreeMap<>())
                    .computeIfAbsent(r.period().start(bucket.isBefore(r.from()) ? r.from() : bucket, r.from()),
                            b -> new TreeMap<>())
                    .merge(days, value, Long::sum);
        }
        Map<List<String>, Map<String, Long>> levelAtEnd = r.statistic().isStock() ? levelAtEnd(r, groupCols, where)
                : Map.of();
        Set<List<String>> groups = new LinkedHashSet<>(cells.keySet());
        groups.addAll(levelAtEnd.keySet());
        if (groups.isEmpty() && r.by().isEmpty()) {
            groups.add(List.of());
        }
        List<Series.Row> rows = new ArrayList<>();
        for (List<String> group : groups.stream().sorted(GROUP_ORDER).toList()) {
            Map<String, Map<LocalDate, Map<Integer, Long>>> byGender = cells.getOrDefault(group, Map.of());
            Map<LocalDate, Map<String, Series.Value>> perPeriod = new TreeMap<>();
            for (String gender : List.of("K", "M", "")) {
                Map<LocalDate, Map<Integer, Long>> series = byGender.getOrDefault(gender, Map.of());
                long level = levelAtEnd.getOrDefault(group, Map.of()).getOrDefault(gender, 0L);
                for (int i = starts.size() - 1; i >= 0; i--) {
                    LocalDate start = starts.get(i);
                    Map<Integer, Long> histogram = series.getOrDefault(start, Map.of());
                    perPeriod.computeIfAbsent(start, s -> new HashMap<>()).put(gender, value(r.statistic(), histogram, level));
                    if (r.statistic().isStock()) {
                        level -= sum(histogram);
                    }
                }
            }
            for (LocalDate start : starts) {
                rows.add(new Series.Row(start, r.period().label(start, r.from(), r.to()), group,
                        withTotal(r.statistic(), perPeriod.get(start), () -> medianAll(byGender, start))));
            }
        }
        rows.sort(java.util.Comparator.comparing(Series.Row::start).thenComparing(Series.Row::group, GROUP_ORDER));
        return new Series(r.statistic(), r.period(), r.from(), r.to(), r.by(), rows);
    }

    private static final java.util.Comparator<List<String>> GROUP_ORDER = (a, b) -> String.join("\u0000", a)
            .compareTo(String.join("\u0000", b));

    /**
     * The figure of several statistics over one range (no breakdown), as {@link #run} gives it for
     * {@link Period#RANGE}, from ONE query: flows and medians sum the range (whole months from the monthly
     * counters, the days around them from the daily ones); stocks take their level at {@code to}, the
     * all-time total less the deltas after it. For the dashboard's ten statistics a range costs one round trip.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, Series.Row> totals(List<Catalogue.Statistic> statistics, LocalDate from, LocalDate to,
            Map<Dim, String> filters) {
        List<String> stocks = statistics.stream().filter(Catalogue.Statistic::isStock).map(Catalogue.Statistic::id).toList();
        List<String> others = statistics.stream().filter(st -> !st.isStock()).map(Catalogue.Statistic::id).toList();
        String where = filters.keySet().stream().map(d -> " and " + d.column + " = :f_" + d.name())
                .collect(Collectors.joining());
        String columns = "statistic, gender, days, ";
        List<String> parts = new ArrayList<>();
        if (!others.isEmpty()) {
            parts.add("select " + columns + "value from stat_fact where statistic in (:others) and (day between"
                    + " :headFrom and :headTo or day between :tailFrom and :tailTo)" + where);
            parts.add("select " + columns + "value from stat_month where statistic in (:others)"
                    + " and month between :firstMonth and :lastMonth" + where);
        }
        if (!stocks.isEmpty()) {
            parts.add("select " + columns + "value from stat_total where statistic in (:stocks)" + where);
            parts.add("select " + columns + "-value from stat_fact where statistic in (:stocks)"
                    + " and day > :to and day < :nextMonth" + where);
            parts.add("select " + columns + "-value from stat_month where statistic in (:stocks)"
                    + " and month >= :nextMonth" + where);
        }
        Map<String, Map<String, Map<Integer, Long>>> cells = new HashMap<>(); // statistic → gender → days → value
        if (!parts.isEmpty()) {
            Query q = em.createNativeQuery("select statistic, gender, days, sum(value) from ("
                    + String.join(" union all ", parts) + ") f group by statistic, gender, days");
            if (!others.isEmpty()) {
                q.setParameter("others", others);
                Split.of(from, to).bind(q);
            }
            if (!stocks.isEmpty()) {
                q.setParameter("stocks", stocks).setParameter("to", to)
                        .setParameter("nextMonth", to.withDayOfMonth(1).plusMonths(1));
            }
            filters.forEach((d, v) -> q.setParameter("f_" + d.name(), v));
            for (Object row : q.getResultList()) {
                Object[] a = (Object[]) row;
                cells.computeIfAbsent((String) a[0], k -> new HashMap<>()).computeIfAbsent((String) a[1], k -> new TreeMap<>())
                        .merge(((Number) a[2]).intValue(), ((Number) a[3]).longValue(), Long::sum);
            }
        }
        String label = Period.RANGE.label(from, from, to);
        Map<String, Series.Row> rows = new LinkedHashMap<>();
        for (Catalogue.Statistic st : statistics) {
            Map<String, Map<Integer, Long>> byGender = cells.getOrDefault(st.id(), Map.of());
            Map<String, Series.Value> g = new HashMap<>();
            for (String gender : List.of("K", "M", "")) {
                Map<Integer, Long> histogram = byGender.getOrDefault(gender, Map.of());
                g.put(gender, value(st, histogram, sum(histogram)));
            }
            rows.put(st.id(), new Series.Row(from, label, List.of(), withTotal(st, g, () -> {
                Map<Integer, Long> all = new TreeMap<>();
                byGender.values().forEach(h -> h.forEach((d, n) -> all.merge(d, n, Long::sum)));
                return median(all);
            })));
        }
        return rows;
    }

    /** One gender's figure of a period: a stock's level, a median of the histogram, or the flow's sum. */
    private static Series.Value value(Catalogue.Statistic statistic, Map<Integer, Long> histogram, long level) {
        if (statistic.isStock()) {
            return Series.Value.count(level);
        }
        return statistic.isMedian() ? median(histogram) : Series.Value.count(sum(histogram));
    }

    /** K and M as given, and T: everyone (K + M + those without gender), or for a median the median of all. */
    private static Map<String, Series.Value> withTotal(Catalogue.Statistic statistic, Map<String, Series.Value> g,
            java.util.function.Supplier<Series.Value> medianOfAll) {
        Map<String, Series.Value> out = new LinkedHashMap<>();
        out.put("K", g.get("K"));
        out.put("M", g.get("M"));
        out.put("T", statistic.isMedian() ? medianOfAll.get()
                : Series.Value.count(g.get("K").people() + g.get("M").people() + g.get("").people()));
        return out;
    }

    private static long sum(Map<Integer, Long> histogram) {
        return histogram.values().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * Stock level on {@code to} per group and gender: all-time total minus the deltas after {@code to}
     * (the rest of its month day by day, later months from the monthly counters).
     */
    private Map<List<String>, Map<String, Long>> levelAtEnd(Request r, String groupCols, String where) {
        Map<List<String>, Map<String, Long>> level = new HashMap<>();
        Query total = em.createNativeQuery("select " + groupCols + "gender, sum(value) from stat_total"
                + " where statistic = :s" + where + " group by " + groupCols + "gender")
                .setParameter("s", r.statistic().id());
        Query after = em.createNativeQuery("select " + groupCols + "gender, -sum(value) from ("
                + "select * from stat_fact where statistic = :s and day > :to and day < :nextMonth" + where
                + " union all select * from stat_month where statistic = :s and month >= :nextMonth" + where
                + ") f group by " + groupCols + "gender")
                .setParameter("s", r.statistic().id()).setParameter("to", r.to())
                .setParameter("nextMonth", r.to().withDayOfMonth(1).plusMonths(1));
        for (Query q : List.of(total, after)) {
            r.filters().forEach((d, v) -> q.setParameter("f_" + d.name(), v));
            for (Object row : q.getResultList()) {
                Object[] a = (Object[]) row;
                List<String> group = new ArrayList<>();
                for (int i = 0; i < r.by().size(); i++) {
                    group.add((String) a[i]);
                }
                level.computeIfAbsent(group, g -> new HashMap<>()).merge((String) a[r.by().size()],
                        ((Number) a[r.by().size() + 1]).longValue(), Long::sum);
            }
        }
        return level;
    }

    private static Series.Value medianAll(Map<String, Map<LocalDate, Map<Integer, Long>>> byGender, LocalDate start) {
        Map<Integer, Long> all = new TreeMap<>();
        byGender.values().forEach(s -> s.getOrDefault(start, Map.of()).forEach((d, n) -> all.merge(d, n, Long::sum)));
        return median(all);
    }

    /** Median of a histogram (days → people); the lower middle value for an even count. */
    static Series.Value median(Map<Integer, Long> histogram) {
        long n = histogram.values().stream().mapToLong(Long::longValue).sum();
        if (n == 0) {
            return Series.Value.ZERO;
        }
        long middle = (n + 1) / 2;
        long seen = 0;
        for (Map.Entry<Integer, Long> e : new TreeMap<>(histogram).entrySet()) {
            seen += e.getValue();
            if (seen >= middle) {
                return new Series.Value(e.getKey(), n);
            }
        }
        throw new IllegalStateException("unreachable");
    }

    /**
     * A date range as whole months (read from {@code stat_month}) and the days before and after them (read
     * from {@code stat_fact}), so a long range costs one row per month, not per day. The rows come out with
     * the date in {@code day} (a month row: its first day) for the period buckets.
     */
    record Split(LocalDate headFrom, LocalDate headTo, LocalDate firstMonth, LocalDate lastMonth, LocalDate tailFrom,
            LocalDate tailTo) {

        static Split of(LocalDate from, LocalDate to) {
            LocalDate firstWhole = from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
            LocalDate afterLastWhole = to.plusDays(1).getDayOfMonth() == 1 ? to.plusDays(1) : to.withDayOfMonth(1);
            if (!firstWhole.isBefore(afterLastWhole)) {
                // Within one month: all days from the daily counters; the other two ranges are empty.
                return new Split(from, to, from, from.minusDays(1), to.plusDays(1), to);
            }
            return new Split(from, firstWhole.minusDays(1), firstWhole, afterLastWhole.minusMonths(1), afterLastWhole, to);
        }

        String sql(String where) {
            String columns = "gender, unit, age_band, kind, project, days, value";
            return "select day, " + columns + " from stat_fact where statistic = :s and (day between :headFrom and :headTo"
                    + " or day between :tailFrom and :tailTo)" + where
                    + " union all select month as day, " + columns + " from stat_month where statistic = :s"
                    + " and month between :firstMonth and :lastMonth" + where;
        }

        void bind(Query q) {
            q.setParameter("headFrom", headFrom).setParameter("headTo", headTo).setParameter("tailFrom", tailFrom)
                    .setParameter("tailTo", tailTo).setParameter("firstMonth", firstMonth).setParameter("lastMonth", lastMonth);
        }
    }

    private static List<String> group(Object[] a, int size) {
        List<String> g = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            g.add((String) a[1 + i]);
        }
        return g;
    }

    private static LocalDate toDate(Object o) {
        if (o instanceof LocalDate d) {
            return d;
        }
        if (o instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        return LocalDate.parse(o.toString().substring(0, 10));
    }
}
