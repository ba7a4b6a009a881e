package se.arbetsmarknad.goals.plan;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A whole plan as one document: what is created by {@code POST /api/plans}, imported (JSON or YAML) and
 * exported. It carries no ids, so an exported plan imports into any installation and round-trips
 * unchanged.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({ "name", "organisation", "periodFrom", "periodTo", "boardGoal", "interimMonth", "areas", "actions",
        "indicators", "goals" })
@Schema(description = "En hel plan / A whole plan")
public record PlanDocument(
        @NotBlank @Schema(example = "Plan för 1000 fler uppsalabor i egenförsörjning") String name,
        @NotBlank @Schema(example = "Uppsala kommun, arbetsmarknadsnämnden") String organisation,
        @NotNull @Min(2000) @Max(2100) @Schema(example = "2023") Integer periodFrom,
        @NotNull @Min(2000) @Max(2100) @Schema(example = "2026") Integer periodTo,
        @Schema(description = "Nämndmål / The board's goal",
                example = "Andelen vuxna biståndsmottagare ska inte överstiga en procent") String boardGoal,
        @Min(1) @Max(12) @Schema(description = "Delårsrapportens månad / Month of the interim report", example = "8")
        Integer interimMonth,
        List<@Valid @NotNull Area> areas,
        List<@Valid @NotNull Action> actions,
        List<@Valid @NotNull IndicatorDoc> indicators,
        List<@Valid @NotNull GoalDoc> goals) {

    public PlanDocument {
        areas = areas == null ? List.of() : areas;
        actions = actions == null ? List.of() : actions;
        indicators = indicators == null ? List.of() : indicators;
        goals = goals == null ? List.of() : goals;
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonPropertyOrder({ "number", "title", "description" })
    @Schema(description = "Målområde / Goal area")
    public record Area(
            @NotNull @Min(1) @Schema(example = "1") Integer number,
            @NotBlank @Schema(example = "Fler ska ha en egen försörjning") String title,
            String description) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonPropertyOrder({ "number", "area", "text", "expectedEffect", "yearFrom", "yearTo", "responsible", "status",
            "notes" })
    @Schema(description = "Åtgärd / Action")
    public record Action(
            @NotNull @Min(1) @Schema(example = "12") Integer number,
            @Schema(description = "Målområdets nummer / The goal area's number", example = "2") Integer area,
            @NotBlank @Schema(example = "Snabb aktivering, från ansökan till insats, för alla arbetslösa biståndsmottagare.")
            String text,
            @Schema(example = "Färre individer i behov av långvarigt ekonomiskt bistånd.") String expectedEffect,
            @NotNull @Min(2000) @Max(2100) @Schema(example = "2023") Integer yearFrom,
            @NotNull @Min(2000) @Max(2100) @Schema(example = "2026") Integer yearTo,
            @Schema(example = "Arbetsmarknadsförvaltningen") String responsible,
            @Pattern(regexp = "planerad|pagaende|genomford|avbruten")
            @Schema(description = "planerad | pagaende | genomford | avbruten", example = "pagaende") String status,
            List<@Valid @NotNull Note> notes) {

        public Action {
            notes = notes == null ? List.of() : notes;
        }
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonPropertyOrder({ "date", "author", "text" })
    @Schema(description = "Lägesanteckning / Progress note")
    public record Note(
            @NotNull @Schema(example = "2024-03-31") LocalDate date,
            @Schema(example = "maria.chef") String author,
            @NotBlank @Schema(example = "Rutin för snabb aktivering införd på alla enheter.") String text) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonPropertyOrder({ "code", "area", "title", "unit", "statistic", "denominator", "baselineYear", "baselineValue",
            "source", "genderBreakdown" })
    @Schema(description = "Indikator / Indicator")
    public record IndicatorDoc(
            @NotBlank @Pattern(regexp = "[A-Za-z0-9._-]{1,40}") @Schema(example = "2.1") String code,
            @Schema(example = "2") Integer area,
            @NotBlank @Schema(example = "Antal arbetsmarknadsanställningar") String title,
            @NotNull @Pattern(regexp = "count|percent|days") @Schema(example = "count") String unit,
            @Schema(description = "Id i statistikkatalogen / Statistics catalogue id",
                    example = "supported-employments-started") String statistic,
            @Schema(description = "Referensserie som nämnare (andel i procent) / Reference series as denominator",
                    example = "vuxna-uppsala") String denominator,
            @Min(2000) @Max(2100) @Schema(example = "2022") Integer baselineYear,
            @Schema(example = "412") Double baselineValue,
            @Schema(example = "Verksamhetssystemet") String source,
            @Schema(description = "Redovisas Kvinnor/Män/Totalt / Split by gender", example = "true")
            Boolean genderBreakdown) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonPropertyOrder({ "title", "indicator", "year", "target", "targetKind" })
    @Schema(description = "Mål för ett år / A goal for one year")
    public record GoalDoc(
            @NotBlank @Schema(example = "Anställningar med stöd") String title,
            @Schema(description = "Indikatorns kod; saknas för en milstolpe / The indicator's code; none for a milestone",
                    example = "L1") String indicator,
            @NotNull @Min(2000) @Max(2100) @Schema(example = "2022") Integer year,
            @NotBlank @Schema(example = "200") String target,
            @Pattern(regexp = "value|at-least|at-most|more-than-previous-year|milestone")
            @Schema(description = "Härleds ur target när den saknas / Inferred from target when absent",
                    example = "value") String targetKind) {
    }
}
