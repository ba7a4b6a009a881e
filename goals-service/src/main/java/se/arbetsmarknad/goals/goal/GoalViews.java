package se.arbetsmarknad.goals.goal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.arbetsmarknad.goals.forecast.Status;

/** What the goal endpoints take and answer. */
public final class GoalViews {

    private GoalViews() {
    }

    @Schema(description = "Ett mål / A goal")
    public record GoalView(UUID id, UUID planId, @Schema(example = "Anställningar med stöd") String title,
            @Schema(example = "L1") String indicator, @Schema(example = "supported-employments-started") String statistic,
            @Schema(example = "count") String unit, @Schema(example = "2022") int year,
            @Schema(example = "200") String target, @Schema(example = "value") String targetKind,
            @Schema(example = "200") Double targetValue, LocalDate milestoneReachedOn, String milestoneReachedBy,
            long version) {

        public static GoalView of(Goal g) {
            var t = g.target();
            return new GoalView(g.id, g.planId, g.title, g.indicator == null ? null : g.indicator.code, g.statistic(),
                    g.unit(), g.year, g.target, t.kind().code(), t.value(), g.milestoneReachedOn, g.milestoneReachedBy,
                    g.version);
        }
    }

    @Schema(description = "Målets läge: utfall, prognos, beräknad status och chefens bedömning / "
            + "The goal's state: actual, forecast, computed status and the manager's judgement")
    public record GoalStatus(UUID goalId, String title, String statistic, String unit, int year,
            @Schema(example = ">109") String target, @Schema(example = "at-least") String targetKind,
            @Schema(description = "Talet prognosen jämförs med / The number the forecast is held against",
                    example = "109") Double targetValue,
            @Schema(example = "2022-08-31") LocalDate asOf,
            @Schema(description = "Utfall hittills / Actual to date", example = "61") Double actual,
            @Schema(description = "Utfall per kön (T/K/M) / Actual per gender",
                    example = "{\"T\": 61, \"K\": 27, \"M\": 34}") Map<String, Double> actualByGender,
            @Schema(description = "Prognos för årets slut / Forecast for the year end", example = "91.6") Double forecast,
            @Schema(description = "seasonal | linear | final | none", example = "linear") String forecastMethod,
            @Schema(description = "Beräknad status / Computed status", example = "NEJ") Status computedStatus,
            @Schema(description = "Chefens bedömning / The manager's judgement", example = "JA") Status judgement,
            String judgementComment, String judgedBy, OffsetDateTime judgedAt, LocalDate milestoneReachedOn,
            @Schema(description = "Indikatorns källa / The indicator's source", example = "Socialförvaltningen")
            String source,
            @Schema(description = "Utan utfall: vad som saknas, med källan det väntar på (null när utfallet finns) /"
                    + " Without an actual: what is missing, naming the source it waits for (null when there is one)",
                    example = "Väntar på statistik för 2022: inga uppgifter för året ännu / Waiting for 2022 figures:"
                            + " none for the year yet")
            String waitingFor) {
    }

    @Schema(description = "Bedömning: kommer målet att nås? / Judgement: will the goal be met?")
    public record JudgementRequest(
            @NotNull @Schema(example = "OSAKERT") Status status,
            @Size(max = 4000) @Schema(example = "Fler praktikplatser väntas under hösten via Framsteget, men inte 100.")
            String comment) {
    }

    public record JudgementView(UUID id, UUID goalId, Status status, String comment, String judgedBy,
            OffsetDateTime judgedAt) {
        public static JudgementView of(Judgement j) {
            return new JudgementView(j.id, j.goalId, j.status, j.comment, j.judgedBy, j.judgedAt);
        }
    }

    @Schema(description = "Milstolpe nådd eller inte / Milestone reached or not")
    public record MilestoneRequest(@NotNull @Schema(example = "true") Boolean reached) {
    }
}
