package se.arbetsmarknad.reporting.reports;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import se.arbetsmarknad.platform.problem.ProblemException;
import se.arbetsmarknad.reporting.access.Scope;
import se.arbetsmarknad.reporting.readmodel.Stat;
import se.arbetsmarknad.reporting.statistics.Period;
import se.arbetsmarknad.reporting.statistics.Series;
import se.arbetsmarknad.reporting.statistics.StatisticsService;
import se.arbetsmarknad.reporting.table.Suppression;
import se.arbetsmarknad.reporting.table.Table;
import se.arbetsmarknad.reporting.table.Table.Column;
import se.arbetsmarknad.reporting.table.Table.Type;
import se.arbetsmarknad.reporting.table.Totals;

/**
 * Projekttabell (Lund's IRIS table): participants per sub-project since the start, and of whom on
 * assistance (försörjningsstöd) when they joined.
 */
@ApplicationScoped
public class ProjectsReport implements Report {

    /** One sub-project: everyone who joined in the range, and those on assistance when they joined. */
    record SubProject(String code, long total, long onAssistance) {
    }

    @Inject
    StatisticsService statistics;

    @Inject
    Clock clock;

    @Override
    public String name() {
        return "projects";
    }

    List<SubProject> subProjects(String project, LocalDate from, LocalDate to, String unit) {
        Map<String, long[]> bySub = new TreeMap<>();
        List<String> ids = List.of(Stat.PROJECT_JOINED, Stat.PROJECT_JOINED_ON_ASSISTANCE);
        for (int i = 0; i < ids.size(); i++) {
            Series s = statistics.series(new StatisticsService.Ask(ids.get(i), Period.RANGE.name(), null, from, to,
                    List.of("kind"), unit, null, project, null));
            for (Series.Row r : s.rows()) {
                bySub.computeIfAbsent(r.group().get(0), k -> new long[2])[i] += r.gender("T").people();
            }
        }
        return bySub.entrySet().stream().map(e -> new SubProject(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
    }

    @Override
    public Table build(Params p, Scope scope) {
        String project = p.text("project");
        if (project == null) {
            throw ProblemException.invalid("project", "krävs, t.ex. iris / required, e.g. iris");
        }
        String unit = scope.unitFilter(p.text("unit"));
        LocalDate from = p.date("from", LocalDate.of(2000, 1, 1));
        LocalDate to = p.date("to", LocalDate.now(clock));
        Table t = new Table("Deltagare i " + project.toUpperCase() + " delprojekt " + from + "–" + to,
                new Column("subProject", "Projekt", Type.TEXT), new Column("total", "Antal totalt", Type.COUNT),
                new Column("assistance", "Försörjningsstöd", Type.COUNT));
        Totals totals = new Totals(List.of("total", "assistance"), List.of());
        for (SubProject sub : subProjects(project, from, to, unit)) {
            Map<String, Table.Cell> row = t.addRow();
            // A project without sub-projects (FINSAM's Steget) is its own row: named, never "–", which reads as a hidden value.
            row.put("subProject", Table.text((sub.code().isEmpty() ? project : sub.code()).toUpperCase()));
            row.put("total", totals.count("total", sub.total()));
            row.put("assistance", totals.count("assistance", sub.onAssistance()));
            // Those without assistance (total − assisted) are as sensitive as a shown cell.
            Table.Cell without = t.addHidden(Table.hidden(sub.total() - sub.onAssistance()));
            t.relation(row.get("assistance"), without, row.get("total"));
        }
        totals.addRow(t, "subProject", "Summering");
        t.period(from + "–" + to);
        return Suppression.protect(t);
    }
}
