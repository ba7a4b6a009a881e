package se.arbetsmarknad.goals.statistic;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The newest figures of one statistic and year, as reporting-service published them. */
@Entity
@Table(name = "statistic_series")
@IdClass(StatisticSeries.Key.class)
public class StatisticSeries extends PanacheEntityBase {

    /** Composite key: one row per statistic and year. */
    public static class Key implements Serializable {
        public String statistic;
        public int year;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && java.util.Objects.equals(k.statistic, statistic) && k.year == year;
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(statistic, year);
        }
    }

    @Id
    public String statistic;
    @Id
    public int year;
    @Column(name = "as_of")
    public LocalDate asOf;
    /** sum | last */
    public String aggregation;
    /** {"T": [12 monthly values], "K": [...], "M": [...]} */
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, List<Double>> breakdown;
    @Column(name = "received_at")
    public OffsetDateTime receivedAt;

    public static Optional<StatisticSeries> of(String statistic, int year) {
        return find("statistic = ?1 and year = ?2", statistic, year).firstResultOptional();
    }

    /** Every year of these statistics, as values (no entity, nothing for the session to track). */
    public static List<SeriesFigures> figuresOf(Collection<String> statistics) {
        if (statistics.isEmpty()) {
            return List.of();
        }
        return getEntityManager().createQuery("select new " + SeriesFigures.class.getName()
                + "(s.statistic, s.year, s.asOf, s.aggregation, s.breakdown) from StatisticSeries s"
                + " where s.statistic in :statistics order by s.statistic, s.year", SeriesFigures.class)
                .setParameter("statistics", statistics).getResultList();
    }
}
