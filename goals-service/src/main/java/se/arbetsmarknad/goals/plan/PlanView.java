package se.arbetsmarknad.goals.plan;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.arbetsmarknad.goals.goal.GoalViews.GoalView;

/** A plan as read: its document parts with ids and versions, and its goals. */
@Schema(description = "En plan med målområden, åtgärder, indikatorer och mål / A plan with areas, actions, indicators and goals")
public record PlanView(UUID id, long version, String name, String organisation, int periodFrom, int periodTo,
        String boardGoal, Integer interimMonth, List<PlanDocument.Area> areas, List<ActionView> actions,
        List<IndicatorView> indicators, List<GoalView> goals) {

    public record ActionView(UUID id, long version, int number, Integer area, String text, String expectedEffect,
            int yearFrom, int yearTo, String responsible, String status, List<PlanDocument.Note> notes) {
    }

    public record IndicatorView(UUID id, String code, Integer area, String title, String unit, String statistic,
            String denominator, Integer baselineYear, Double baselineValue, String source, boolean genderBreakdown) {
    }

    @Schema(description = "Plan i listan / A plan in the list")
    public record Summary(UUID id, String name, String organisation, int periodFrom, int periodTo, long goals) {
    }
}
