package se.arbetsmarknad.reporting.reports;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import se.arbetsmarknad.reporting.access.Scope;
import se.arbetsmarknad.reporting.readmodel.Stat;
import se.arbetsmarknad.reporting.statistics.Catalogue;
import se.arbetsmarknad.reporting.statistics.GenderCells;
import se.arbetsmarknad.reporting.statistics.Series;
import se.arbetsmarknad.reporting.statistics.StatisticsService;
import se.arbetsmarknad.reporting.table.Suppression;
import se.arbetsmarknad.reporting.table.Table;
import se.arbetsmarknad.reporting.table.Table.Column;
import se.arbetsmarknad.reporting.table.Table.Type;

/** Månadsrapport: the key figures of a month and of the year to its end, by gender. */
@ApplicationScoped
public class DashboardReport implements Report {

    static final List<String> STATISTICS = List.of(Stat.ENROLLED_UNIQUE, Stat.ACTIVE, Stat.INTERVENTIONS_STARTED,
            Stat.SUPPORTED_EMPLOYMENTS_STARTED, Stat.INTERNSHIPS_STARTED, Stat.STUDY_GUIDANCE_STARTED,
            Stat.EXITS, Stat.EXITS_TO_WORK_OR_STUDIES, Stat.LONG_TERM_ASSISTANCE, Stat.DAYS_TO_FIRST_INTERVENTION);

    @Inject
    StatisticsService statistics;
    @Inject
    Catalogue catalogue;

    @Inject
    Clock clock;

    @Override
    public String name() {
        return "dashboard";
    }

    @Override
    public Table build(Params p, Scope scope) {
        YearMonth month = p.month("month", YearMonth.now(clock));
        String unit = scope.unitFilter(p.text("unit"));
        Table t = new Table("Månadsrapport " + month + (unit != null ? " – " + unit : ""),
                new Column("statistic", "Statistik", Type.TEXT),
                new Column("monthK", "Månad K", Type.COUNT), new Column("monthM", "Månad M", Type.COUNT),
                new Column("monthT", "Månad T", Type.COUNT),
                new Column("ytdK", "Hittills i år K", Type.COUNT), new Column("ytdM", "Hittills i år M", Type.COUNT),
                new Column("ytdT", "Hittills i år T", Type.COUNT));
        // One query per range for all ten statistics (a cold dashboard is two round trips, not 28).
        Map<String, Series.Row> inMonth = statistics.totals(STATISTICS, month.atDay(1), month.atEndOfMonth(), unit);
        Map<String, Series.Row> yearToDate = statistics.totals(STATISTICS, month.atDay(1).withDayOfYear(1),
                month.atEndOfMonth(), unit);
        for (String id : STATISTICS) {
            Catalogue.Statistic st = catalogue.require(id);
            Map<String, Table.Cell> row = t.addRow();
            row.put("statistic", Table.text(st.sv()));
            GenderCells.put(t, row, "month", inMonth.get(id), st);
            GenderCells.put(t, row, "ytd", yearToDate.get(id), st);
        }
        t.period(month.atDay(1) + "–" + month.atEndOfMonth() + " (månad) och " + month.atDay(1).withDayOfYear(1) + "–"
                + month.atEndOfMonth() + " (hittills i år)");
        return Suppression.protect(t);
    }
}
