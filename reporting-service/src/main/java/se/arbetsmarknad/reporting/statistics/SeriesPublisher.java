package se.arbetsmarknad.reporting.statistics;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import se.arbetsmarknad.platform.events.EventTypes;
import se.arbetsmarknad.platform.events.statistic.SeriesUpdated;
import se.arbetsmarknad.platform.jobs.ClusterLock;
import se.arbetsmarknad.platform.outbox.Outbox;

/**
 * Publishes {@code statistic.series-updated} for every statistic and year whose figures changed: the
 * projections mark the pair in the transaction that changes a counter; this job (one replica at a
 * time) computes the year's monthly series from the same counters the reports use and writes the event
 * to the outbox, so goals-service's actuals equal the report figures.
 */
@ApplicationScoped
public class SeriesPublisher {

    private static final Logger LOG = Logger.getLogger(SeriesPublisher.class);

    @Inject
    EntityManager em;
    @Inject
    ClusterLock lock;
    @Inject
    Outbox outbox;
    @Inject
    Catalogue catalogue;
    @Inject
    SeriesQuery query;
    @Inject
    ImportedFigures imported;

    @Inject
    Clock clock;

    @Scheduled(every = "${reporting.publish-interval}", delayed = "2s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void publishChanged() {
        Integer published = lock.runExclusively("reporting.series-publisher", this::publishPending);
        if (published != null && published > 0) {
            LOG.debugf("Published %d statistic series", published);
        }
    }

    /** Publishes up to 100 changed series in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int publishPending() {
        @SuppressWarnings("unchecked")
        List<Object[]> changed = em.createNativeQuery(
                "select statistic, year, version from stat_changed order by year, statistic limit 100").getResultList();
        int currentYear = LocalDate.now(clock).getYear();
        Map<String, Integer> toPublish = new LinkedHashMap<>();
        for (Object[] c : changed) {
            String statistic = (String) c[0];
            int year = ((Number) c[1]).intValue();
            var st = catalogue.find(statistic);
            if (st.isPresent()) {
                // A stock carries into every later year, so those years changed too.
                int last = st.get().isStock() ? Math.max(year, currentYear) : year;
                for (int y = year; y <= last; y++) {
                    toPublish.put(statistic + ":" + y, y);
                }
            }
        }
        toPublish.forEach((key, year) -> publish(catalogue.require(key.substring(0, key.lastIndexOf(':'))), year));
        for (Object[] c : changed) {
            em.createNativeQuery("delete from stat_changed where statistic = :s and year = :y and version = :v")
                    .setParameter("s", c[0]).setParameter("y", c[1]).setParameter("v", c[2]).executeUpdate();
        }
        return toPublish.size();
    }

    private void publish(Catalogue.Statistic statistic, int year) {
        LocalDate today = LocalDate.now(clock);
        LocalDate asOf = year < today.getYear() ? LocalDate.of(year, 12, 31) : today;
        if (year > today.getYear()) {
            asOf = LocalDate.of(year, 1, 1).minusDays(1);
        }
        if (!asOf.isBefore(LocalDate.of(year, 1, 1))) {
            asOf = imported.through(statistic, asOf);
        }
        Map<String, List<Double>> breakdown = new LinkedHashMap<>();
        for (String g : Series.GENDERS) {
            breakdown.put(g, new ArrayList<>(Collections.nCopies(12, 0.0)));
        }
        if (!asOf.isBefore(LocalDate.of(year, 1, 1))) {
            Series s = query.run(new SeriesQuery.Request(statistic, Period.MONTH, LocalDate.of(year, 1, 1), asOf,
                    List.of(), Map.of()));
            for (Series.Row row : s.rows()) {
                int month = row.start().getMonthValue() - 1;
                for (String g : Series.GENDERS) {
                    breakdown.get(g).set(month, row.gender(g).value());
                }
            }
        }
        outbox.publish(EventTypes.STATISTIC_SERIES_UPDATED, statistic.id() + ":" + year,
                new SeriesUpdated(statistic.id(), year, asOf, statistic.aggregation(), statistic.unit(), breakdown));
    }
}
