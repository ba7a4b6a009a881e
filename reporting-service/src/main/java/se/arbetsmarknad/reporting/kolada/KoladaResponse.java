package se.arbetsmarknad.reporting.kolada;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Kolada's JSON shape (RKA's open data API): {@code {count, values: [{kpi, municipality, period, values}]}}. */
@Schema(name = "KoladaResponse")
public record KoladaResponse(int count, List<DataPoint> values) {

    @Schema(name = "KoladaDataPoint")
    public record DataPoint(@Schema(example = "supported-employments-started") String kpi,
            @Schema(example = "1281") String municipality, @Schema(example = "2026") int period, List<Value> values) {
    }

    @Schema(name = "KoladaValue")
    public record Value(@Schema(example = "T", enumeration = {"T", "K", "M"}) String gender,
            @Schema(example = "143") Number value, @Schema(example = "143") Long count,
            @Schema(example = "", description = "\"\" eller \"..\" (undertryckt) / \"\" or \"..\" (suppressed)") String status) {
    }
}
