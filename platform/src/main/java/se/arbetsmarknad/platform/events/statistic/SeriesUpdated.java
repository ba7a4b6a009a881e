package se.arbetsmarknad.platform.events.statistic;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import se.arbetsmarknad.platform.events.EventPayload;
import se.arbetsmarknad.platform.events.OmitWhenNull;

/**
 * A statistic's monthly figures for a year, per gender (T, K, M), as the reports show them.
 * Payload of {@code statistic.series-updated} (docs/events/statistic.events.v1.md).
 * Fields marked {@link OmitWhenNull} are optional and left out when absent.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SeriesUpdated(String statistic, int year, LocalDate asOf, String aggregation,
        @OmitWhenNull String unit, Map<String, List<Double>> breakdown) implements EventPayload {
}
