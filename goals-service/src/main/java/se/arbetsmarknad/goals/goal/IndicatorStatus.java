package se.arbetsmarknad.goals.goal;

import java.time.LocalDate;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An indicator's figure for a year, with or without a goal on it, or the source it still waits for. */
@Schema(description = "Indikatorns utfall ett år, eller källan den väntar på / The indicator's actual for a year, "
        + "or the source it waits for")
public record IndicatorStatus(@Schema(example = "0.1") String code,
        @Schema(example = "Vuxna biståndsmottagare, andel av vuxna invånare") String title, Integer area,
        @Schema(example = "percent") String unit, @Schema(example = "adult-assistance-recipients") String statistic,
        @Schema(example = "vuxna-invanare") String denominator, @Schema(example = "2026") int year,
        @Schema(example = "2026-10-31") LocalDate asOf,
        @Schema(description = "Utfall till och med asOf / Actual up to asOf", example = "1.2") Double actual,
        @Schema(description = "Utfall per kön (T/K/M) / Actual per gender", example = "{\"T\": 1.2}")
        Map<String, Double> actualByGender,
        @Schema(example = "Ekonomiskt bistånd (verksamhetssystemet) och befolkningsstatistik (SCB)") String source,
        @Schema(description = "Utan utfall: vad som saknas / Without an actual: what is missing")
        String waitingFor) {
}
