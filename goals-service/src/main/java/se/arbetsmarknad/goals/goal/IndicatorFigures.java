package se.arbetsmarknad.goals.goal;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import se.arbetsmarknad.goals.catalogue.StatisticsCatalogue;
import se.arbetsmarknad.goals.statistic.Figures;
import se.arbetsmarknad.goals.statistic.ReferenceValue;
import se.arbetsmarknad.goals.statistic.SeriesFigures;
import se.arbetsmarknad.goals.statistic.ShareSeries;
import se.arbetsmarknad.goals.statistic.StatisticSeries;

/**
 * What an indicator is measured by in a year: its statistic's figures as reporting-service published them,
 * or, when its denominator is another statistic of the catalogue, the share of the one in the other; and,
 * when its denominator is a reference series (e.g. the adult population), that year's value, so that the
 * statistic becomes a percentage of it.
 */
@ApplicationScoped
public class IndicatorFigures {

    @Inject
    StatisticsCatalogue catalogue;

    /**
     * @param current     this year's figures; empty until some have arrived
     * @param earlier     complete or partial earlier years of the same figures
     * @param ratio       a percentage of a reference series ({@code denominator} then holds its value)
     * @param denominator the reference series' value for the year; null when none is stored or not a ratio
     */
    public record Measured(Optional<Figures> current, List<Figures> earlier, boolean ratio, Double denominator) {
    }

    /** One indicator's figures (one query for its statistics' years, one for a reference value if it needs one). */
    public Measured of(Indicator indicator, int year) {
        return load(indicator == null ? List.of() : List.of(indicator)).of(indicator, year);
    }

    /**
     * The figures of many indicators (a plan's goals), read at once: every year of their statistics in one
     * query and their reference series in another, instead of two or three queries per goal.
     */
    public Loaded load(Collection<Indicator> indicators) {
        Set<String> statistics = new HashSet<>();
        Set<String> references = new HashSet<>();
        for (Indicator i : indicators) {
            if (i == null || i.statistic == null) {
                continue;
            }
            statistics.add(i.statistic);
            if (i.denominator != null) {
                (catalogue.contains(i.denominator) ? statistics : references).add(i.denominator);
            }
        }
        return new Loaded(StatisticSeries.figuresOf(statistics).stream()
                .collect(Collectors.groupingBy(SeriesFigures::statistic)),
                ReferenceValue.ofSeries(references).stream().collect(Collectors.groupingBy(r -> r.series)));
    }

    /** The figures {@link #load} read, measured per indicator and year in memory. */
    public final class Loaded {
        private final Map<String, List<SeriesFigures>> series;
        private final Map<String, List<ReferenceValue>> references;

        private Loaded(Map<String, List<SeriesFigures>> series, Map<String, List<ReferenceValue>> references) {
            this.series = series;
            this.references = references;
        }

        /** @param indicator one of those loaded (or null: a milestone without an indicator) */
        public Measured of(Indicator indicator, int year) {
            String statistic = indicator == null ? null : indicator.statistic;
            if (statistic == null) {
                return new Measured(Optional.empty(), List.of(), false, null);
            }
            String denominator = indicator.denominator;
            if (denominator != null && catalogue.contains(denominator)) {
                Map<Integer, SeriesFigures> wholes = before(denominator, year).stream()
                        .collect(Collectors.toMap(SeriesFigures::year, Function.identity()));
                List<Figures> earlier = before(statistic, year).stream()
                        .filter(s -> wholes.containsKey(s.year())).map(s -> (Figures) new ShareSeries(s, wholes.get(s.year())))
                        .toList();
                Optional<Figures> current = in(statistic, year).flatMap(part -> in(denominator, year)
                        .map(whole -> new ShareSeries(part, whole)));
                return new Measured(current, earlier, false, null);
            }
            boolean ratio = isRatio(indicator);
            Double value = ratio && denominator != null
                    ? references.getOrDefault(denominator, List.of()).stream().filter(r -> r.year == year)
                            .findFirst().map(r -> r.value).orElse(null)
                    : null;
            return new Measured(in(statistic, year).map(s -> (Figures) s), List.copyOf(before(statistic, year)), ratio, value);
        }

        private Optional<SeriesFigures> in(String statistic, int year) {
            return series.getOrDefault(statistic, List.of()).stream().filter(s -> s.year() == year).findFirst();
        }

        private List<SeriesFigures> before(String statistic, int year) {
            return series.getOrDefault(statistic, List.of()).stream().filter(s -> s.year() < year).toList();
        }
    }

    /** A percentage indicator over a count statistic divided by a reference series. */
    public boolean isRatio(Indicator indicator) {
        return indicator != null && "percent".equals(indicator.unit) && indicator.denominator != null
                && !catalogue.contains(indicator.denominator)
                && catalogue.find(indicator.statistic).map(s -> !"percent".equals(s.unit())).orElse(false);
    }
}
