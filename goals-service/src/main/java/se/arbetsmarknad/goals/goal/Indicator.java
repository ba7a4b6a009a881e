package se.arbetsmarknad.goals.goal;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * Indikator: what is measured — unit, baseline, source, K/M/T breakdown — and, when the suite counts
 * it, the statistic (catalogue id) whose figures reporting-service publishes. A ratio indicator
 * (percent) divides the statistic by a reference series (e.g. the adult population per year).
 */
@Entity
public class Indicator extends PanacheEntityBase {

    @Id
    public UUID id;
    /** The plan the indicator belongs to (its goals measure it). */
    @Column(name = "plan_id")
    public UUID planId;
    public String code;
    @Column(name = "area_number")
    public Integer areaNumber;
    public String title;
    /** count | percent | days */
    public String unit;
    public String statistic;
    /** Reference series the statistic is divided by (percent of it), e.g. {@code vuxna-uppsala}. */
    public String denominator;
    @Column(name = "baseline_year")
    public Integer baselineYear;
    @Column(name = "baseline_value")
    public Double baselineValue;
    public String source;
    @Column(name = "gender_breakdown")
    public boolean genderBreakdown = true;
}
