package se.arbetsmarknad.goals.goal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import se.arbetsmarknad.goals.catalogue.StatisticsCatalogue;
import se.arbetsmarknad.goals.statistic.Figures;
import se.arbetsmarknad.goals.statistic.ReferenceValue;
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

    public Measured of(Indicator indicator, int year) {
        String statistic = indicator == null ? null : indicator.statistic;
        if (statistic == null) {
            return new Measured(Optional.empty(), List.of(), false, null);
        }
        String denominator = indicator.denominator;
        if (denominator != null && catalogue.contains(denominator)) {
            Map<Integer, StatisticSeries> wholes = StatisticSeries.before(denominator, year).stream()
                    .collect(Collectors.toMap(s -> s.year, Function.identity()));
            List<Figures> earlier = StatisticSeries.before(statistic, year).stream()
                    .filter(s -> wholes.containsKey(s.year)).map(s -> (Figures) new ShareSeries(s, wholes.get(s.year)))
                    .toList();
            Optional<Figures> current = StatisticSeries.of(statistic, year).flatMap(part -> StatisticSeries
                    .of(denominator, year).map(whole -> new ShareSeries(part, whole)));
            return new Measured(current, earlier, false, null);
        }
        boolean ratio = isRatio(indicator);
        Double value = ratio && denominator != null
                ? ReferenceValue.of(denominator, year).map(r -> r.value).orElse(null)
                : null;
        return new Measured(StatisticSeries.of(statistic, year).map(s -> (Figures) s),
                List.copyOf(StatisticSeries.before(statistic, year)), ratio, value);
    }

    /** A percentage indicator over a count statistic divided by a reference series. */
    public boolean isRatio(Indicator indicator) {
        return indicator != null && "percent".equals(indicator.unit) && indicator.denominator != null
                && !catalogue.contains(indicator.denominator)
                && catalogue.find(indicator.statistic).map(s -> !"percent".equals(s.unit())).orElse(false);
    }
}
