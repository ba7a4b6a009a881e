package se.arbetsmarknad.goals.statistic;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import se.arbetsmarknad.platform.problem.ProblemException;

/** Reference series (denominators of ratio goals), imported per year. */
@ApplicationScoped
public class ReferenceData {

    @Inject
    Event<ReferenceSeriesChanged> changed;
    @Inject
    se.arbetsmarknad.goals.catalogue.StatisticsCatalogue catalogue;

    @Transactional
    public Map<Integer, Double> values(String series) {
        List<ReferenceValue> rows = ReferenceValue.ofSeries(series);
        if (rows.isEmpty()) {
            throw ProblemException.notFound("Referensserien / The reference series");
        }
        Map<Integer, Double> out = new LinkedHashMap<>();
        rows.forEach(r -> out.put(r.year, r.value));
        return out;
    }

    /** Every series with its values per year, by name (for the admin's reference data page). */
    @Transactional
    public Map<String, Map<Integer, Double>> all() {
        Map<String, Map<Integer, Double>> out = new java.util.TreeMap<>();
        List<ReferenceValue> rows = ReferenceValue.list("order by series, year");
        rows.forEach(r -> out.computeIfAbsent(r.series, k -> new LinkedHashMap<>()).put(r.year, r.value));
        return out;
    }

    /** Stores the values; the ratio goals that divide by this series follow ({@link ReferenceSeriesChanged}). */
    @Transactional
    public Map<Integer, Double> put(String series, Map<Integer, Double> values) {
        if (catalogue.contains(series)) {
            throw ProblemException.invalid("series", "namnet är en statistik i katalogen / the name is a statistic of"
                    + " the catalogue");
        }
        values.forEach((year, value) -> {
            if (year == null || year < 2000 || year > 2100) {
                throw ProblemException.invalid("values", "året " + year + " är orimligt / implausible year");
            }
            if (value == null || value <= 0) {
                throw ProblemException.invalid("values." + year, "värdet måste vara större än 0 / must be above 0");
            }
        });
        values.forEach((year, value) -> {
            ReferenceValue row = ReferenceValue.of(series, year).orElseGet(() -> {
                ReferenceValue r = new ReferenceValue();
                r.series = series;
                r.year = year;
                return r;
            });
            row.value = value;
            row.persist();
        });
        changed.fire(new ReferenceSeriesChanged(series));
        return values(series);
    }
}
