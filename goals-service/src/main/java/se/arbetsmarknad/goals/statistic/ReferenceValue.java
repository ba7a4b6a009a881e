package se.arbetsmarknad.goals.statistic;

import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Imported reference data: one value of a series per year, e.g. the adult population of Uppsala. */
@Entity
@Table(name = "reference_value")
@IdClass(ReferenceValue.Key.class)
public class ReferenceValue extends PanacheEntityBase {

    /** Composite key: one row per series and year. */
    public static class Key implements Serializable {
        public String series;
        public int year;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && java.util.Objects.equals(k.series, series) && k.year == year;
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(series, year);
        }
    }

    @Id
    public String series;
    @Id
    public int year;
    public double value;

    public static Optional<ReferenceValue> of(String series, int year) {
        return find("series = ?1 and year = ?2", series, year).firstResultOptional();
    }

    public static List<ReferenceValue> ofSeries(Collection<String> series) {
        return series.isEmpty() ? List.of() : list("series in ?1 order by series, year", series);
    }

    public static List<ReferenceValue> ofSeries(String series) {
        return ofSeries(List.of(series));
    }
}
