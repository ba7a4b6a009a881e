package se.arbetsmarknad.reporting.readmodel;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Writes the pre-aggregated counters, in the transaction of the event being applied (so a counter and
 * the processed-event record commit together), and marks the statistic and year as changed so that
 * {@code statistic.series-updated} is published.
 */
@ApplicationScoped
public class Facts {

    @Inject
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public void add(String statistic, LocalDate day, Dims dims, long delta) {
        add(statistic, day, dims, 0, delta);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void add(String statistic, LocalDate day, Dims dims, int days, long delta) {
        if (delta == 0) {
            return;
        }
        em.createNativeQuery("""
                insert into stat_fact (statistic, day, gender, unit, age_band, kind, project, days, value)
                values (:s, :day, :g, :u, :a, :k, :p, :d, :v)
                on conflict (statistic, day, gender, unit, age_band, kind, project, days)
                do update set value = stat_fact.value + excluded.value""")
                .setParameter("s", statistic).setParameter("day", day)
                .setParameter("g", dims.gender()).setParameter("u", dims.unit()).setParameter("a", dims.ageBand())
                .setParameter("k", dims.kind()).setParameter("p", dims.project()).setParameter("d", days)
                .setParameter("v", delta).executeUpdate();
        em.createNativeQuery("""
                insert into stat_total (statistic, gender, unit, age_band, kind, project, days, value)
                values (:s, :g, :u, :a, :k, :p, :d, :v)
                on conflict (statistic, gender, unit, age_band, kind, project, days)
                do update set value = stat_total.value + excluded.value""")
                .setParameter("s", statistic)
                .setParameter("g", dims.gender()).setParameter("u", dims.unit()).setParameter("a", dims.ageBand())
                .setParameter("k", dims.kind()).setParameter("p", dims.project()).setParameter("d", days)
                .setParameter("v", delta).executeUpdate();
        changed(statistic, day.getYear());
    }

    /** Marks a statistic and year for publication; stocks also change every later year they carry into. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void changed(String statistic, int year) {
        em.createNativeQuery("""
                insert into stat_changed (statistic, year) values (:s, :y)
                on conflict (statistic, year) do update set version = stat_changed.version + 1""")
                .setParameter("s", statistic).setParameter("y", year).executeUpdate();
    }
}
