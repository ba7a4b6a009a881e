package se.arbetsmarknad.goals.goal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** A goal as written in a plan document and in the goal endpoints: no ids, the indicator by its code. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({ "title", "indicator", "year", "target", "targetKind" })
@Schema(description = "Mål för ett år / A goal for one year")
public record GoalDoc(
        @NotBlank @Size(max = 300) @Schema(example = "Anställningar med stöd") String title,
        @Pattern(regexp = "[A-Za-z0-9._-]{1,40}")
        @Schema(description = "Indikatorns kod; saknas för en milstolpe / The indicator's code; none for a milestone",
                example = "L1") String indicator,
        @NotNull @Min(2000) @Max(2100) @Schema(example = "2022") Integer year,
        @NotBlank @Size(max = 200) @Schema(example = "200") String target,
        @Pattern(regexp = "value|at-least|at-most|more-than-previous-year|milestone")
        @Schema(description = "Härleds ur target när den saknas / Inferred from target when absent",
                example = "value") String targetKind) {
}
