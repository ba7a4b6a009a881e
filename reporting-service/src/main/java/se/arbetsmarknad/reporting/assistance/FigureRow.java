package se.arbetsmarknad.reporting.assistance;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One row of an import as the financial-assistance system sends it: a month, a unit and its figures.
 * Each figure gives K, M and/or T; a missing T is K + M, a T above K + M holds people without gender.
 */
@Schema(description = "Månadsuppgifter för en enhet / One unit's figures for a month")
public record FigureRow(
        @NotNull @Pattern(regexp = "\\d{4}-(0[1-9]|1[0-2])") @Schema(example = "2022-06") String month,
        @NotNull @Pattern(regexp = "[a-z0-9][a-z0-9-]{1,62}") @Schema(example = "arbete-forsorjning") String unit,
        @Valid @Schema(description = "Hushåll med försörjningsstöd (bara T) / Households on assistance (T only)")
        Kmt households,
        @Valid @Schema(description = "Vuxna biståndsmottagare / Adult recipients") Kmt adultRecipients,
        @Valid @Schema(description = "Varav långvarigt bistånd, minst 10 av 12 månader / Of whom long-term (≥ 10 of 12 months)")
        Kmt longTerm,
        @Valid @Schema(description = "Varav bistånd i mer än 36 månader / Of whom more than 36 months") Kmt over36Months,
        @Valid @Schema(description = "Varav unga vuxna 19–24 år / Of whom young adults 19–24") Kmt youngAdults,
        @Valid @Schema(description = "Varav försörjningshinder sjukskriven med läkarintyg / Of whom sick-listed with a doctor's certificate")
        Kmt sickListed) {

    /**
     * Counts of one figure, each 0–1 000 000. The components are named K, M and T as in every statistic of
     * the suite (and in Kolada), so that an error names the very field that was sent.
     */
    @Schema(description = "Kvinnor, män, totalt / Women, men, total")
    public record Kmt(
            @Min(0) @Max(1_000_000) @Schema(example = "412") Long K,
            @Min(0) @Max(1_000_000) @Schema(example = "455") Long M,
            @Min(0) @Max(1_000_000) @Schema(example = "867") Long T) {
    }

    /** The figures given, by measure, in the measures' order. */
    public Map<Measure, Kmt> given() {
        Map<Measure, Kmt> out = new LinkedHashMap<>();
        put(out, Measure.HOUSEHOLDS, households);
        put(out, Measure.ADULT_RECIPIENTS, adultRecipients);
        put(out, Measure.LONG_TERM, longTerm);
        put(out, Measure.OVER_36_MONTHS, over36Months);
        put(out, Measure.YOUNG_ADULTS, youngAdults);
        put(out, Measure.SICK_LISTED, sickListed);
        return out;
    }

    private static void put(Map<Measure, Kmt> out, Measure measure, Kmt value) {
        if (value != null) {
            out.put(measure, value);
        }
    }
}
