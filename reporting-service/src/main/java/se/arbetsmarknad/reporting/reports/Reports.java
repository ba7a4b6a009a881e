package se.arbetsmarknad.reporting.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import se.arbetsmarknad.platform.problem.ProblemException;
import se.arbetsmarknad.reporting.access.Scope;
import se.arbetsmarknad.reporting.readmodel.Stat;
import se.arbetsmarknad.reporting.statistics.Catalogue;
import se.arbetsmarknad.reporting.statistics.Period;
import se.arbetsmarknad.reporting.statistics.Series;
import se.arbetsmarknad.reporting.statistics.StatisticsService;
import se.arbetsmarknad.reporting.table.Suppression;
import se.arbetsmarknad.reporting.table.Table;
import se.arbetsmarknad.reporting.table.Table.Column;
import se.arbetsmarknad.reporting.table.Table.Type;

/**
 * Every report, by name, as a protected table: the REST resources and the asynchronous exports call the
 * same builder, so a report looks the same in JSON, CSV, XLSX and PDF.
 */
@ApplicationScoped
public class Reports {

    public static final List<String> NAMES = List.of("dashboard", "interim", "allocation", "cost-projection",
            "projects", "summer-jobs", "places");

    /** Employment kinds (anställningar med stöd) as opposed to praktik, in placement-service's kind list. */
    static final List<String> INTERNSHIP_KINDS = List.of("praktik", "feriepraktik");

    @Inject
    StatisticsService statistics;
    @Inject
    Catalogue catalogue;
    @Inject
    EntityManager em;

    Clock clock = Clock.systemUTC();

    @Transactional(Transactional.TxType.SUPPORTS)
    public Table build(String name, Params p, Scope scope) {
        return switch (name) {
            case "dashboard" -> dashboard(p, scope);
            case "interim" -> interim(p, scope);
            case "allocation" -> allocation(p, scope);
            case "cost-projection" -> costProjection(p, scope);
            case "projects" -> projects(p, scope);
            case "summer-jobs" -> summerJobs(p, scope);
            case "places" -> places(p, scope);
            default -> throw ProblemException.notFound("Rapporten '" + name + "'");
        };
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Månadsrapport: the key figures of a month and of the year to its end, by gender. */
    Table dashboard(Params p, Scope scope) {
        YearMonth month = p.month("month", YearMonth.from(today()));
        String unit = scope.unitFilter(p.text("unit"));
        List<String> ids = List.of(Stat.ENROLLED_UNIQUE, Stat.ACTIVE, Stat.INTERVENTIONS_STARTED,
                Stat.SUPPORTED_EMPLOYMENTS_STARTED, Stat.INTERNSHIPS_STARTED, Stat.STUDY_GUIDANCE_STARTED,
                Stat.EXITS, Stat.EXITS_TO_WORK_OR_STUDIES, Stat.LONG_TERM_ASSISTANCE, Stat.DAYS_TO_FIRST_INTERVENTION);
        Table t = new Table("Månadsrapport " + month + (unit != null ? " – " + unit : ""),
                new Column("statistic", "Statistik", Type.TEXT),
                new Column("monthK", "Månad K", Type.COUNT), new Column("monthM", "Månad M", Type.COUNT),
                new Column("monthT", "Månad T", Type.COUNT),
                new Column("ytdK", "Hittills i år K", Type.COUNT), new Column("ytdM", "Hittills i år M", Type.COUNT),
                new Column("ytdT", "Hittills i år T", Type.COUNT));
        for (String id : ids) {
            Catalogue.Statistic st = catalogue.require(id);
            Map<String, Table.Cell> row = t.addRow();
            row.put("statistic", Table.text(st.sv()));
            figures(t, row, "month", one(id, month.atDay(1), month.atEndOfMonth(), unit), st);
            figures(t, row, "ytd", one(id, month.atDay(1).withDayOfYear(1), month.atEndOfMonth(), unit), st);
        }
        return Suppression.protect(t);
    }

    private Series.Row one(String id, LocalDate from, LocalDate to, String unit) {
        Series s = statistics.series(new StatisticsService.Ask(id, Period.RANGE.name(), null, from, to, List.of(),
                unit, null, null, null));
        return s.rows().isEmpty() ? new Series.Row(from, "", List.of(), Map.of()) : s.rows().get(0);
    }

    private static void figures(Table t, Map<String, Table.Cell> row, String prefix, Series.Row r, Catalogue.Statistic st) {
        for (String g : Series.GENDERS) {
            Series.Value v = r.gender(g);
            row.put(prefix + g, st.isMedian() ? Table.measure(v.value(), v.people())
                    : "T".equals(g) ? Table.totalCount(v.people()) : Table.count(v.people()));
        }
        if (!st.isMedian()) {
            t.relation(row.get(prefix + "K"), row.get(prefix + "M"), row.get(prefix + "T"));
        }
    }

    /**
     * Delårsrapport in Lund's form: goal, target, actual at a date, forecast, "kommer att klara målet"
     * (the manager's judgement where given, else the computed status) and the comment.
     */
    Table interim(Params p, Scope scope) {
        scope.requireMunicipalityWide();
        int year = p.year("year", today().getYear());
        @SuppressWarnings("unchecked")
        List<Object[]> goals = em.createNativeQuery("""
                select title, target, unit, as_of, actual, forecast, computed_status, judgement, judgement_comment
                from goal where year = :y and title is not null order by title""").setParameter("y", year).getResultList();
        Table t = new Table("Delårsrapport " + year + " – måluppfyllelse",
                new Column("goal", "Mål", Type.TEXT), new Column("target", "Målvärde", Type.TEXT),
                new Column("asOf", "Utfall per", Type.TEXT), new Column("actual", "Utfall", Type.NUMBER),
                new Column("forecast", "Prognos helår", Type.NUMBER),
                new Column("computed", "Beräknad bedömning", Type.TEXT),
                new Column("willMeet", "Kommer att klara målet", Type.TEXT),
                new Column("comment", "Kommentar", Type.TEXT));
        for (Object[] g : goals) {
            Map<String, Table.Cell> row = t.addRow();
            row.put("goal", Table.text((String) g[0]));
            row.put("target", Table.text(g[1] == null ? "" : (String) g[1]));
            row.put("asOf", Table.text(g[3] == null ? "" : g[3].toString()));
            BigDecimal actual = (BigDecimal) g[4];
            Table.Cell actualCell = actual == null ? Table.text("")
                    : "count".equals(g[2]) ? Table.measure(actual, actual.longValue()) : Table.number(actual);
            row.put("actual", actualCell);
            BigDecimal forecast = (BigDecimal) g[5];
            // A forecast is extrapolated from the actual: hidden whenever the actual is.
            row.put("forecast", forecast == null ? Table.text("") : Table.derivedFrom(forecast, actualCell));
            row.put("computed", Table.text(status((String) g[6])));
            row.put("willMeet", Table.text(status(g[7] != null ? (String) g[7] : (String) g[6])));
            row.put("comment", Table.text(g[8] == null ? "" : (String) g[8]));
        }
        return Suppression.protect(t);
    }

    private static String status(String code) {
        if (code == null) {
            return "";
        }
        return switch (code) {
            case "JA" -> "Ja";
            case "NEJ" -> "Nej";
            case "OSAKERT" -> "Osäkert";
            default -> code;
        };
    }

    /**
     * Fördelningsmodell (Malmö Tabell 1): per förvaltning its employees, its quota of places and how
     * many hold an employment or an internship there on a date, and how far the quota is met.
     */
    Table allocation(Params p, Scope scope) {
        scope.requireMunicipalityWide();
        LocalDate asOf = p.date("asOf", today());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select o.name, o.employees, o.quota,
                  count(m.match_id) filter (where m.kind not in (:internships)),
                  count(m.match_id) filter (where m.kind in (:internships))
                from organisation o
                left join match_state m on m.organisation_id = o.organisation_id and m.status = 'started'
                  and (m.start_date is null or m.start_date <= :asOf) and (m.end_date is null or m.end_date >= :asOf)
                where o.kind in ('forvaltning', 'asf') or o.quota is not null
                group by o.organisation_id, o.name, o.employees, o.quota order by o.name""")
                .setParameter("internships", INTERNSHIP_KINDS).setParameter("asOf", asOf).getResultList();
        Table t = new Table("Fördelningsmodell per " + asOf + " – antal anställda och fördelning av platser",
                new Column("organisation", "Förvaltning", Type.TEXT),
                new Column("employees", "Antal anställda", Type.NUMBER),
                new Column("quota", "Fördelningstal (platser)", Type.NUMBER),
                new Column("employed", "Arbetsmarknadsanställda", Type.COUNT),
                new Column("interns", "Praktikanter", Type.COUNT),
                new Column("fulfilment", "Uppfyllnad anställningar", Type.PERCENT));
        List<Table.Cell> employed = new ArrayList<>();
        List<Table.Cell> interns = new ArrayList<>();
        long employees = 0;
        long quota = 0;
        long sumEmployed = 0;
        long sumInterns = 0;
        for (Object[] r : rows) {
            Map<String, Table.Cell> row = t.addRow();
            row.put("organisation", Table.text((String) r[0]));
            row.put("employees", r[1] == null ? Table.text("") : Table.number(((Number) r[1]).longValue()));
            row.put("quota", r[2] == null ? Table.text("") : Table.number(((Number) r[2]).longValue()));
            long e = ((Number) r[3]).longValue();
            long i = ((Number) r[4]).longValue();
            row.put("employed", Table.count(e));
            row.put("interns", Table.count(i));
            row.put("fulfilment", fulfilment(e, r[2], row.get("employed")));
            employed.add(row.get("employed"));
            interns.add(row.get("interns"));
            employees += r[1] == null ? 0 : ((Number) r[1]).longValue();
            quota += r[2] == null ? 0 : ((Number) r[2]).longValue();
            sumEmployed += e;
            sumInterns += i;
        }
        Map<String, Table.Cell> total = t.addRow();
        total.put("organisation", Table.text("Totalt"));
        total.put("employees", Table.number(employees));
        total.put("quota", Table.number(quota));
        total.put("employed", Table.totalCount(sumEmployed));
        total.put("interns", Table.totalCount(sumInterns));
        total.put("fulfilment", fulfilment(sumEmployed, quota, total.get("employed")));
        employed.add(total.get("employed"));
        interns.add(total.get("interns"));
        t.relation(employed);
        t.relation(interns);
        t.note("Fördelningstal: förvaltningens andel av kommunens platser i fördelningsmodellen / "
                + "quota: the administration's share of places in the allocation model");
        return Suppression.protect(t);
    }

    private static Table.Cell fulfilment(long employed, Object quota, Table.Cell source) {
        if (quota == null || ((Number) quota).longValue() == 0) {
            return Table.text("");
        }
        BigDecimal pct = BigDecimal.valueOf(employed * 100).divide(BigDecimal.valueOf(((Number) quota).longValue()), 1,
                RoundingMode.HALF_UP);
        return Table.derivedFrom(pct, source);
    }

    /**
     * Kostnadsprognos (Malmö Tabell 2): volumes per employment kind times the monthly cost rate valid in
     * each month of the year. Volumes given as parameters (planning) are not about people; without
     * them the volumes are today's employments, which are counts and suppressed as such.
     */
    Table costProjection(Params p, Scope scope) {
        scope.requireMunicipalityWide();
        int year = p.year("year", today().getYear());
        Map<String, Long> planned = volumes(p.text("volumes"));
        boolean actual = planned.isEmpty();
        @SuppressWarnings("unchecked")
        List<Object[]> rates = em.createNativeQuery(
                "select kind, label, monthly_rate, valid_from, valid_to from cost_rate order by kind, valid_from")
                .getResultList();
        Map<String, String> labels = new LinkedHashMap<>();
        rates.forEach(r -> labels.putIfAbsent((String) r[0], (String) r[1]));
        for (String kind : planned.keySet()) {
            if (!labels.containsKey(kind)) {
                throw ProblemException.invalid("volumes", "okänd anställningsform / unknown employment kind: " + kind);
            }
        }
        Map<String, Long> volumes = actual ? currentEmployments(labels.keySet()) : planned;
        Table t = new Table("Kostnadsprognos " + year + (actual ? " – nuvarande anställningar" : " – planerad volym"),
                new Column("kind", "Anställningsform", Type.TEXT), new Column("volume", "Antal", Type.COUNT),
                new Column("rate", "Månadskostnad per anställd", Type.AMOUNT),
                new Column("cost", "Total lönekostnad/år", Type.AMOUNT));
        BigDecimal total = BigDecimal.ZERO;
        long totalVolume = 0;
        List<Table.Cell> volumeCells = new ArrayList<>();
        List<Table.Cell> costCells = new ArrayList<>();
        for (var kind : labels.entrySet()) {
            if (!volumes.containsKey(kind.getKey())) {
                continue;
            }
            long n = volumes.get(kind.getKey());
            BigDecimal yearCost = BigDecimal.ZERO;
            BigDecimal lastRate = BigDecimal.ZERO;
            for (int m = 1; m <= 12; m++) {
                BigDecimal rate = rateOn(rates, kind.getKey(), LocalDate.of(year, m, 1));
                yearCost = yearCost.add(rate.multiply(BigDecimal.valueOf(n)));
                lastRate = rate;
            }
            Map<String, Table.Cell> row = t.addRow();
            row.put("kind", Table.text(kind.getValue()));
            Table.Cell volume = actual ? Table.count(n) : Table.number(n);
            row.put("volume", volume);
            row.put("rate", Table.number(lastRate));
            row.put("cost", Table.derivedFrom(yearCost, volume));
            volumeCells.add(volume);
            costCells.add(row.get("cost"));
            total = total.add(yearCost);
            totalVolume += n;
        }
        Map<String, Table.Cell> sum = t.addRow();
        sum.put("kind", Table.text("Ackumulerad lönekostnad"));
        Table.Cell totalVolumeCell = actual ? Table.totalCount(totalVolume) : Table.number(totalVolume);
        sum.put("volume", totalVolumeCell);
        sum.put("cost", Table.derivedFrom(total, totalVolumeCell));
        volumeCells.add(totalVolumeCell);
        t.relation(volumeCells);
        t.note("Månadskostnad enligt referensdata (cost_rate) giltig respektive månad / "
                + "monthly rate from reference data valid in each month");
        return Suppression.protect(t);
    }

    private static BigDecimal rateOn(List<Object[]> rates, String kind, LocalDate day) {
        BigDecimal rate = BigDecimal.ZERO;
        for (Object[] r : rates) {
            LocalDate from = toDate(r[3]);
            LocalDate to = r[4] == null ? null : toDate(r[4]);
            if (kind.equals(r[0]) && !from.isAfter(day) && (to == null || !to.isBefore(day))) {
                rate = (BigDecimal) r[2];
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

    private Map<String, Long> currentEmployments(java.util.Set<String> kinds) {
        Map<String, Long> volumes = new LinkedHashMap<>();
        kinds.forEach(k -> volumes.put(k, 0L));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select kind, count(*) from match_state where status = 'started' and kind in (:kinds)
                and (end_date is null or end_date >= :today) group by kind""")
                .setParameter("kinds", kinds).setParameter("today", today()).getResultList();
        rows.forEach(r -> volumes.put((String) r[0], ((Number) r[1]).longValue()));
        return volumes;
    }

    /**
     * Projekttabell (Lund's IRIS table): participants per sub-project since the start, and of whom on
     * assistance (försörjningsstöd) when they joined.
     */
    Table projects(Params p, Scope scope) {
        String project = p.text("project");
        if (project == null) {
            throw ProblemException.invalid("project", "krävs, t.ex. iris / required, e.g. iris");
        }
        String unit = scope.unitFilter(p.text("unit"));
        LocalDate from = p.date("from", LocalDate.of(2000, 1, 1));
        LocalDate to = p.date("to", today());
        Map<String, long[]> bySub = new java.util.TreeMap<>();
        for (int i = 0; i < 2; i++) {
            String id = i == 0 ? Stat.PROJECT_JOINED : Stat.PROJECT_JOINED_ON_ASSISTANCE;
            Series s = statistics.series(new StatisticsService.Ask(id, Period.RANGE.name(), null, from, to,
                    List.of("kind"), unit, null, project, null));
            for (Series.Row r : s.rows()) {
                bySub.computeIfAbsent(r.group().get(0), k -> new long[2])[i] += r.gender("T").people();
            }
        }
        Table t = new Table("Deltagare i " + project.toUpperCase() + " delprojekt " + from + "–" + to,
                new Column("subProject", "Projekt", Type.TEXT), new Column("total", "Antal totalt", Type.COUNT),
                new Column("assistance", "Försörjningsstöd", Type.COUNT));
        List<Table.Cell> totals = new ArrayList<>();
        List<Table.Cell> assisted = new ArrayList<>();
        long sumTotal = 0;
        long sumAssisted = 0;
        for (var e : bySub.entrySet()) {
            Map<String, Table.Cell> row = t.addRow();
            row.put("subProject", Table.text(e.getKey().isEmpty() ? "–" : e.getKey().toUpperCase()));
            row.put("total", Table.count(e.getValue()[0]));
            row.put("assistance", Table.count(e.getValue()[1]));
            // Those without assistance (total − assisted) are as sensitive as a shown cell.
            Table.Cell without = t.addHidden(Table.hidden(e.getValue()[0] - e.getValue()[1]));
            t.relation(row.get("assistance"), without, row.get("total"));
            totals.add(row.get("total"));
            assisted.add(row.get("assistance"));
            sumTotal += e.getValue()[0];
            sumAssisted += e.getValue()[1];
        }
        Map<String, Table.Cell> sum = t.addRow();
        sum.put("subProject", Table.text("Summering"));
        sum.put("total", Table.totalCount(sumTotal));
        sum.put("assistance", Table.totalCount(sumAssisted));
        totals.add(sum.get("total"));
        assisted.add(sum.get("assistance"));
        t.relation(totals);
        t.relation(assisted);
        return Suppression.protect(t);
    }

    /** Feriepraktik (summer jobs) started in a year, by the sector of the organisation and gender. */
    Table summerJobs(Params p, Scope scope) {
        int year = p.year("year", today().getYear());
        String unit = scope.unitFilter(p.text("unit"));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select coalesce(o.sector, 'okand'),
                  count(*) filter (where ps.gender = 'K'), count(*) filter (where ps.gender = 'M'), count(*)
                from match_state m
                left join organisation o on o.organisation_id = m.organisation_id
                left join participant_state ps on ps.participant_id = m.participant_id
                where m.kind = 'feriepraktik' and m.status in ('started', 'ended')
                  and extract(year from coalesce(m.start_date, m.on_date)) = :y
                  and (cast(:unit as text) is null or m.unit = cast(:unit as text))
                group by 1 order by 1""").setParameter("y", year).setParameter("unit", unit).getResultList();
        Map<String, long[]> bySector = new LinkedHashMap<>();
        for (String sector : List.of("kommunal", "privat", "ideell")) {
            bySector.put(sector, new long[3]);
        }
        for (Object[] r : rows) {
            long[] v = bySector.computeIfAbsent((String) r[0], k -> new long[3]);
            for (int i = 0; i < 3; i++) {
                v[i] = ((Number) r[i + 1]).longValue();
            }
        }
        return genderBySector("Feriepraktik " + year + " per sektor" + (unit != null ? " – " + unit : ""), bySector);
    }

    /** Places (seats) and filled seats of open or filled placements, by sector. */
    Table places(Params p, Scope scope) {
        scope.requireMunicipalityWide();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select coalesce(o.sector, 'okand'), coalesce(sum(pl.seats), 0), coalesce(sum(pl.seats_filled), 0)
                from placement pl left join organisation o on o.organisation_id = pl.organisation_id
                where pl.status in ('open', 'filled') group by 1 order by 1""").getResultList();
        Table t = new Table("Platser per sektor", new Column("sector", "Sektor", Type.TEXT),
                new Column("seats", "Platser", Type.NUMBER), new Column("filled", "Tillsatta", Type.COUNT));
        List<Table.Cell> filled = new ArrayList<>();
        long seats = 0;
        long sumFilled = 0;
        for (Object[] r : rows) {
            Map<String, Table.Cell> row = t.addRow();
            row.put("sector", Table.text(sectorName((String) r[0])));
            row.put("seats", Table.number(((Number) r[1]).longValue()));
            row.put("filled", Table.count(((Number) r[2]).longValue()));
            filled.add(row.get("filled"));
            seats += ((Number) r[1]).longValue();
            sumFilled += ((Number) r[2]).longValue();
        }
        Map<String, Table.Cell> total = t.addRow();
        total.put("sector", Table.text("Totalt"));
        total.put("seats", Table.number(seats));
        total.put("filled", Table.totalCount(sumFilled));
        filled.add(total.get("filled"));
        t.relation(filled);
        return Suppression.protect(t);
    }

    private static Table genderBySector(String title, Map<String, long[]> bySector) {
        Table t = new Table(title, new Column("sector", "Sektor", Type.TEXT), new Column("K", "Kvinnor", Type.COUNT),
                new Column("M", "Män", Type.COUNT), new Column("T", "Totalt", Type.COUNT));
        Map<String, List<Table.Cell>> columns = new LinkedHashMap<>();
        long[] sums = new long[3];
        for (var e : bySector.entrySet()) {
            Map<String, Table.Cell> row = t.addRow();
            row.put("sector", Table.text(sectorName(e.getKey())));
            row.put("K", Table.count(e.getValue()[0]));
            row.put("M", Table.count(e.getValue()[1]));
            row.put("T", Table.totalCount(e.getValue()[2]));
            t.relation(row.get("K"), row.get("M"), row.get("T"));
            for (int i = 0; i < 3; i++) {
                columns.computeIfAbsent("KMT".substring(i, i + 1), k -> new ArrayList<>())
                        .add(row.get("KMT".substring(i, i + 1)));
                sums[i] += e.getValue()[i];
            }
        }
        Map<String, Table.Cell> total = t.addRow();
        total.put("sector", Table.text("Totalt"));
        for (int i = 0; i < 3; i++) {
            String g = "KMT".substring(i, i + 1);
            total.put(g, Table.totalCount(sums[i]));
            columns.get(g).add(total.get(g));
            t.relation(columns.get(g));
        }
        t.relation(total.get("K"), total.get("M"), total.get("T"));
        return Suppression.protect(t);
    }

    private static String sectorName(String sector) {
        return switch (sector) {
            case "kommunal" -> "Kommunal";
            case "privat" -> "Privat";
            case "ideell" -> "Idéell";
            default -> "Okänd";
        };
    }

    private static LocalDate toDate(Object o) {
        return o instanceof LocalDate d ? d : o instanceof java.sql.Date d ? d.toLocalDate() : LocalDate.parse(o.toString());
    }
}
