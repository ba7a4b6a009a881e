package se.arbetsmarknad.reporting.kolada;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import se.arbetsmarknad.platform.problem.ProblemException;
import se.arbetsmarknad.reporting.kolada.KoladaResponse.DataPoint;
import se.arbetsmarknad.reporting.kolada.KoladaResponse.Value;
import se.arbetsmarknad.platform.municipality.Municipality;
import se.arbetsmarknad.reporting.statistics.Catalogue;
import se.arbetsmarknad.reporting.statistics.GenderCells;
import se.arbetsmarknad.reporting.statistics.ImportedFigures;
import se.arbetsmarknad.reporting.statistics.Period;
import se.arbetsmarknad.reporting.statistics.Series;
import se.arbetsmarknad.reporting.statistics.StatisticsService;
import se.arbetsmarknad.reporting.table.Suppression;
import se.arbetsmarknad.reporting.table.Table;

/**
 * A statistic in Kolada's shape: per year the figure by gender T/K/M, through the same suppression as
 * every other output (the three cells are a table with K + M = T).
 */
@ApplicationScoped
public class KoladaService {

    private static final List<String> KOLADA_GENDERS = List.of("T", "K", "M");

    @Inject
    StatisticsService statistics;
    @Inject
    Municipality municipality;
    @Inject
    Catalogue catalogue;
    @Inject
    ImportedFigures imported;

    @Inject
    Clock clock;

    public KoladaResponse values(String statistic, String years) {
        LocalDate today = LocalDate.now(clock);
        List<DataPoint> points = new ArrayList<>();
        for (int year : parseYears(years, today.getYear())) {
            LocalDate to = year == today.getYear() ? today : LocalDate.of(year, 12, 31);
            to = imported.through(catalogue.require(statistic), to);
            Series s = statistics.series(new StatisticsService.Ask(statistic, Period.RANGE.name(), null,
                    LocalDate.of(year, 1, 1), to, List.of(), null, null, null, null));
            points.add(new DataPoint(statistic, municipality.code(), year, values(s)));
        }
        return new KoladaResponse(points.size(), points);
    }

    /** The year's T, K and M after suppression (Kolada's order): a hidden value is null with status "..". */
    private static List<Value> values(Series s) {
        Series.Row r = s.rows().get(0);
        Table.Type type = s.statistic().isMedian() ? Table.Type.NUMBER : Table.Type.COUNT;
        Table t = new Table(s.statistic().id(), new Table.Column("K", "Kvinnor", type),
                new Table.Column("M", "Män", type), new Table.Column("T", "Totalt", type));
        Map<String, Table.Cell> row = t.addRow();
        GenderCells.put(t, row, "", r, s.statistic());
        Suppression.protect(t);
        List<Value> values = new ArrayList<>();
        for (String g : KOLADA_GENDERS) {
            Table.Cell c = row.get(g);
            values.add(new Value(g, (Number) c.value(), c.suppressed() ? null : r.gender(g).people(),
                    c.suppressed() ? Suppression.MARK : ""));
        }
        return values;
    }

    private static List<Integer> parseYears(String text, int current) {
        List<Integer> years = new ArrayList<>();
        try {
            for (String p : (text == null || text.isBlank() ? String.valueOf(current) : text).split(",")) {
                int y = Integer.parseInt(p.trim());
                if (y < 2000 || y > 2100) {
                    throw new NumberFormatException();
                }
                years.add(y);
            }
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("years", "årtal, kommaseparerade / years, comma separated");
        }
        if (years.size() > 20) {
            throw ProblemException.invalid("years", "högst 20 år / at most 20 years");
        }
        return years;
    }
}
