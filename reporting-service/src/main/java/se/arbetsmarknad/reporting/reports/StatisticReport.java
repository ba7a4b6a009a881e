package se.arbetsmarknad.reporting.reports;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import se.arbetsmarknad.platform.problem.ProblemException;
import se.arbetsmarknad.reporting.access.Scope;
import se.arbetsmarknad.reporting.statistics.StatisticsService;
import se.arbetsmarknad.reporting.table.Table;

/**
 * One statistic of the catalogue as a report, for export jobs: the parameters of
 * {@code GET /api/statistics/{id}} with the id as {@code statistic}.
 */
@ApplicationScoped
public class StatisticReport implements Report {

    @Inject
    StatisticsService statistics;

    @Override
    public String name() {
        return "statistic";
    }

    @Override
    public Table build(Params p, Scope scope) {
        String id = p.text("statistic");
        if (id == null) {
            throw ProblemException.invalid("parameters.statistic", "krävs / required");
        }
        return statistics.table(new StatisticsService.Ask(id, p.text("period"),
                p.text("year") == null ? null : p.year("year", 0), p.date("from", null), p.date("to", null),
                p.text("by") == null ? List.of() : List.of(p.text("by")), scope.unitFilter(p.text("unit")),
                p.text("kind"), p.text("project"), p.text("ageBand")));
    }
}
