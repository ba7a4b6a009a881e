package se.arbetsmarknad.reporting.charts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import se.arbetsmarknad.platform.problem.ProblemException;
import se.arbetsmarknad.reporting.readmodel.Stat;
import se.arbetsmarknad.reporting.statistics.GenderCells;
import se.arbetsmarknad.reporting.statistics.Period;
import se.arbetsmarknad.reporting.statistics.Series;
import se.arbetsmarknad.reporting.statistics.StatisticsService;
import se.arbetsmarknad.reporting.table.Suppression;
import se.arbetsmarknad.reporting.table.Table;
import se.arbetsmarknad.reporting.table.Table.Column;
import se.arbetsmarknad.reporting.table.Table.Type;

/**
 * The figures of the Malmö seed's charts as protected tables: enrolled per month, and exits to work or
 * studies accumulated over the year with one line per year. The same table is the chart's data (JSON)
 * and what {@link ChartDrawing} draws, so a suppressed value is a gap in the line (and an accumulated
 * value is hidden wherever it would reveal a small month).
 */
@ApplicationScoped
public class ChartData {

    static final String[] MONTHS = {"jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"};

    @Inject
    StatisticsService statistics;

    /** Enrolled unique participants per month of a year (K, M, T per month as a protected table). */
    public Table enrolledPerMonth(int year, String unit) {
        Series s = monthly(Stat.ENROLLED_UNIQUE, year, unit);
        Table t = new Table("Inskrivna per månad " + year + (unit != null ? " – " + unit : ""),
                new Column("month", "Månad", Type.TEXT), new Column("K", "Kvinnor", Type.COUNT),
                new Column("M", "Män", Type.COUNT), new Column("T", "Totalt", Type.COUNT));
        for (Series.Row r : s.rows()) {
            Map<String, Table.Cell> row = t.addRow();
            row.put("month", Table.text(MONTHS[r.start().getMonthValue() - 1]));
            GenderCells.put(t, row, "", r, s.statistic());
        }
        return Suppression.protect(t);
    }

    /**
     * Exits to work or studies accumulated month by month, one column per year. Each month's own
     * figure is a hidden cell related to two consecutive accumulated values, so a month with 1–4 exits
     * hides an accumulated value next to it.
     */
    public Table exitsAccumulated(List<Integer> years, String unit) {
        if (years.isEmpty() || years.size() > 10) {
            throw ProblemException.invalid("years", "1–10 år / 1–10 years");
        }
        List<Column> columns = new ArrayList<>();
        columns.add(new Column("month", "Månad", Type.TEXT));
        years.forEach(y -> columns.add(new Column(String.valueOf(y), String.valueOf(y), Type.COUNT)));
        Table t = new Table("Avslut till arbete eller studier, ackumulerat" + (unit != null ? " – " + unit : ""), columns);
        List<Map<String, Table.Cell>> rows = new ArrayList<>();
        for (String m : MONTHS) {
            Map<String, Table.Cell> row = t.addRow();
            row.put("month", Table.text(m));
            rows.add(row);
        }
        for (int year : years) {
            Series s = monthly(Stat.EXITS_TO_WORK_OR_STUDIES, year, unit);
            long accumulated = 0;
            Table.Cell previous = null;
            for (Series.Row r : s.rows()) {
                long month = r.gender("T").people();
                accumulated += month;
                Table.Cell cell = Table.count(accumulated);
                rows.get(r.start().getMonthValue() - 1).put(String.valueOf(year), cell);
                Table.Cell monthCell = t.addHidden(Table.hidden(month));
                // The first month equals its accumulated value; later ones are the difference.
                t.relation(previous == null ? List.of(monthCell, cell) : List.of(previous, monthCell, cell));
                previous = cell;
            }
        }
        return Suppression.protect(t);
    }

    private Series monthly(String statistic, int year, String unit) {
        return statistics.series(new StatisticsService.Ask(statistic, Period.MONTH.name(), year,
                LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), List.of(), unit, null, null, null));
    }
}
