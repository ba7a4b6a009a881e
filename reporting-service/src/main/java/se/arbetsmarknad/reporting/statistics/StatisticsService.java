package se.arbetsmarknad.reporting.statistics;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import se.arbetsmarknad.platform.problem.ProblemException;
import se.arbetsmarknad.reporting.table.Table;

/** A named statistic for a period and breakdown, as a protected table. */
@ApplicationScoped
public class StatisticsService {

    @Inject
    Catalogue catalogue;
    @Inject
    SeriesQuery query;

    @Inject
    Clock clock;

    /** What a caller asked for, with the unit filter already checked against their access. */
    public record Ask(String statistic, String period, Integer year, LocalDate from, LocalDate to, List<String> by,
            String unit, String kind, String project, String ageBand) {
    }

    public Series series(Ask ask) {
        Catalogue.Statistic statistic = catalogue.require(ask.statistic());
        Period period = Period.parse(ask.period());
        LocalDate today = LocalDate.now(clock);
        int year = ask.year() != null ? ask.year() : (ask.to() != null ? ask.to().getYear() : today.getYear());
        requireYear(year);
        LocalDate to = ask.to() != null ? ask.to() : LocalDate.of(year, 12, 31);
        LocalDate from = ask.from() != null ? ask.from() : LocalDate.of(year, 1, 1);
        if (period == Period.YTD) {
            to = ask.to() != null ? ask.to() : (year == today.getYear() ? today : LocalDate.of(year, 12, 31));
            from = to.withDayOfYear(1);
        }
        requireRange(from, to);
        return query.run(new SeriesQuery.Request(statistic, period, from, to, Dim.parse(ask.by()), filters(ask.unit(),
                ask.kind(), ask.project(), ask.ageBand())));
    }

    /**
     * Several statistics over one range, for everyone in {@code unit} (null: all units): per statistic one
     * row as {@link #series} gives it for {@code period=range}, read with one query.
     */
    public Map<String, Series.Row> totals(List<String> statistics, LocalDate from, LocalDate to, String unit) {
        List<Catalogue.Statistic> known = statistics.stream().map(catalogue::require).toList();
        requireYear(to.getYear());
        requireRange(from, to);
        return query.totals(known, from, to, filters(unit, null, null, null));
    }

    private static void requireYear(int year) {
        if (year < 2000 || year > 2100) {
            throw ProblemException.invalid("year", "mellan 2000 och 2100 / between 2000 and 2100");
        }
    }

    private static void requireRange(LocalDate from, LocalDate to) {
        if (from.isAfter(to)) {
            throw ProblemException.invalid("from", "måste vara före 'to' / must be before 'to'");
        }
        if (from.plusYears(50).isBefore(to)) {
            throw ProblemException.invalid("to", "högst 50 år / at most 50 years");
        }
    }

    private static Map<Dim, String> filters(String unit, String kind, String project, String ageBand) {
        Map<Dim, String> filters = new EnumMap<>(Dim.class);
        put(filters, Dim.UNIT, unit);
        put(filters, Dim.KIND, kind);
        put(filters, Dim.PROJECT, project);
        put(filters, Dim.AGE_BAND, ageBand);
        return filters;
    }

    public Table table(Ask ask) {
        Series s = series(ask);
        String title = s.statistic().sv() + " " + s.from() + "–" + s.to()
                + (ask.unit() != null ? " (" + ask.unit() + ")" : "");
        return SeriesTables.table(s, title);
    }

    public List<Catalogue.Statistic> catalogue() {
        return catalogue.all();
    }

    private static void put(Map<Dim, String> filters, Dim dim, String value) {
        if (value != null && !value.isBlank()) {
            filters.put(dim, value);
        }
    }
}
