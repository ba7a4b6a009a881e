package se.arbetsmarknad.goals.plan;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.arbetsmarknad.goals.goal.GoalDoc;

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
        @NotBlank @Size(max = 300) @Schema(example = "Plan för 1000 fler uppsalabor i egenförsörjning") String name,
        @NotBlank @Size(max = 300) @Schema(example = "Uppsala kommun, arbetsmarknadsnämnden") String organisation,
        @NotNull @Min(2000) @Max(2100) @Schema(example = "2023") Integer periodFrom,
        @NotNull @Min(2000) @Max(2100) @Schema(example = "2026") Integer periodTo,
        @Size(max = 4000) @Schema(description = "Nämndmål / The board's goal",
                example = "Andelen vuxna biståndsmottagare ska inte överstiga en procent") String boardGoal,
        @Min(1) @Max(12) @Schema(description = "Delårsrapportens månad / Month of the interim report", example = "8")
        Integer interimMonth,
        @Size(max = MAX_AREAS) List<@Valid @NotNull Area> areas,
        @Size(max = MAX_ACTIONS) List<@Valid @NotNull Action> actions,
        @Size(max = MAX_INDICATORS) List<@Valid @NotNull IndicatorDoc> indicators,
        @Size(max = MAX_GOALS) List<@Valid @NotNull GoalDoc> goals) {

    /** Bounds of a plan's lists: far above any real plan (Uppsala: 4 areas, 24 actions, 13 indicators). */
    public static final int MAX_AREAS = 50;
    public static final int MAX_ACTIONS = 500;
    public static final int MAX_INDICATORS = 500;
    public static final int MAX_GOALS = 1000;
    public static final int MAX_NOTES = 500;
    /** Long free text (descriptions, action texts, notes). */
    public static final int LONG_TEXT = 4000;

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
            @NotNull @Min(1) @Max(99) @Schema(example = "1") Integer number,
            @NotBlank @Size(max = 300) @Schema(example = "Fler ska ha en egen försörjning") String title,
            @Size(max = LONG_TEXT) String description) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonPropertyOrder({ "number", "area", "text", "expectedEffect", "yearFrom", "yearTo", "responsible", "status",
            "notes" })
    @Schema(description = "Åtgärd / Action")
    public record Action(
            @NotNull @Min(1) @Max(999) @Schema(example = "12") Integer number,
            @Min(1) @Max(99) @Schema(description = "Målområdets nummer / The goal area's number", example = "2") Integer area,
            @NotBlank @Size(max = LONG_TEXT)
            @Schema(example = "Snabb aktivering, från ansökan till insats, för alla arbetslösa biståndsmottagare.")
            String text,
            @Size(max = LONG_TEXT) @Schema(example = "Färre individer i behov av långvarigt ekonomiskt bistånd.")
            String expectedEffect,
            @NotNull @Min(2000) @Max(2100) @Schema(example = "2023") Integer yearFrom,
            @NotNull @Min(2000) @Max(2100) @Schema(example = "2026") Integer yearTo,
            @Size(max = 300) @Schema(example = "Arbetsmarknadsförvaltningen") String responsible,
            @Pattern(regexp = "planerad|pagaende|genomford|avbruten")
            @Schema(description = "planerad | pagaende | genomford | avbruten", example = "pagaende") String status,
            @Size(max = MAX_NOTES) List<@Valid @NotNull Note> notes) {

        public Action {
            notes = notes == null ? List.of() : notes;
        }
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonPropertyOrder({ "date", "author", "text" })
    @Schema(description = "Lägesanteckning / Progress note")
    public record Note(
            @NotNull @Schema(example = "2024-03-31") LocalDate date,
            @Size(max = 200) @Schema(example = "maria.chef") String author,
            @NotBlank @Size(max = LONG_TEXT) @Schema(example = "Rutin för snabb aktivering införd på alla enheter.")
            String text) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonPropertyOrder({ "code", "area", "title", "unit", "statistic", "denominator", "baselineYear", "baselineValue",
            "source", "genderBreakdown" })
    @Schema(description = "Indikator / Indicator")
    public record IndicatorDoc(
            @NotBlank @Pattern(regexp = "[A-Za-z0-9._-]{1,40}") @Schema(example = "2.1") String code,
            @Min(1) @Max(99) @Schema(example = "2") Integer area,
            @NotBlank @Size(max = 500) @Schema(example = "Antal arbetsmarknadsanställningar") String title,
            @NotNull @Pattern(regexp = "count|percent|days") @Schema(example = "count") String unit,
            @Pattern(regexp = "[a-z0-9-]{1,60}")
            @Schema(description = "Id i statistikkatalogen / Statistics catalogue id",
                    example = "supported-employments-started") String statistic,
            @Pattern(regexp = "[a-z0-9-]{1,60}")
            @Schema(description = "Referensserie som nämnare (andel i procent) / Reference series as denominator",
                    example = "vuxna-uppsala") String denominator,
            @Min(2000) @Max(2100) @Schema(example = "2022") Integer baselineYear,
            @DecimalMin("0") @DecimalMax("1000000000") @Schema(example = "412") Double baselineValue,
            @Size(max = 500) @Schema(example = "Verksamhetssystemet") String source,
            @Schema(description = "Redovisas Kvinnor/Män/Totalt / Split by gender", example = "true")
            Boolean genderBreakdown) {
    }
}
