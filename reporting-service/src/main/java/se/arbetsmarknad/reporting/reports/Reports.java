package se.arbetsmarknad.reporting.reports;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import se.arbetsmarknad.platform.problem.ProblemException;
import se.arbetsmarknad.reporting.access.Scope;
import se.arbetsmarknad.reporting.table.Table;

/** Every {@link Report} by name. */
@ApplicationScoped
public class Reports {

    private final Map<String, Report> byName = new TreeMap<>();

    @Inject
    public Reports(@Any Instance<Report> reports) {
        reports.forEach(r -> byName.put(r.name(), r));
    }

    public Set<String> names() {
        return byName.keySet();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Table build(String name, Params parameters, Scope scope) {
        Report report = byName.get(name);
        if (report == null) {
            throw ProblemException.notFound("Rapporten '" + name + "'");
        }
        return report.build(parameters, scope);
    }
}
