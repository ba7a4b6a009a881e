package se.arbetsmarknad.web.clients;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import se.arbetsmarknad.web.format.Formats;

/** goals-service's bodies used by the manager's pages, as its OpenAPI document gives them. */
public final class GoalsDtos {

    private GoalsDtos() {
    }

    public record PlanSummary(UUID id, String name, String organisation, int periodFrom, int periodTo, long goals) {
    }

    public record Area(Integer number, String title, String description) {
    }

    public record Note(LocalDate date, String author, String text) {
    }

    public record Action(UUID id, long version, int number, Integer area, String text, String expectedEffect, int yearFrom,
            int yearTo, String responsible, String status, List<Note> notes) {
    }

    public record Indicator(UUID id, String code, Integer area, String title, String unit, String statistic, String denominator,
            Integer baselineYear, Double baselineValue, String source, boolean genderBreakdown) {
    }

    public record Goal(UUID id, UUID planId, String title, String indicator, String statistic, String unit, int year,
            String target, String targetKind, Double targetValue, LocalDate milestoneReachedOn, String milestoneReachedBy,
            long version) {

        public boolean milestone() {
            return "milestone".equals(targetKind);
        }
    }

    public record Plan(UUID id, long version, String name, String organisation, int periodFrom, int periodTo, String boardGoal,
            Integer interimMonth, List<Area> areas, List<Action> actions, List<Indicator> indicators, List<Goal> goals) {

        public List<Action> actionsIn(Integer area) {
            return actions.stream().filter(a -> java.util.Objects.equals(a.area(), area)).toList();
        }

        public List<Integer> years() {
            return java.util.stream.IntStream.rangeClosed(periodFrom, periodTo).boxed().toList();
        }
    }

    /** A goal's state: actual to date (T/K/M), forecast, computed status and the manager's judgement. */
    public record GoalStatus(UUID goalId, String title, String statistic, String unit, int year, String target,
            String targetKind, Double targetValue, LocalDate asOf, Double actual, Map<String, Double> actualByGender,
            Double forecast, String forecastMethod, String computedStatus, String judgement, String judgementComment,
            String judgedBy, OffsetDateTime judgedAt, LocalDate milestoneReachedOn, String source, String waitingFor) {

        public boolean milestone() {
            return "milestone".equals(targetKind);
        }

        /**
         * What a goal without an actual waits for, as a manager reads it; null when it has one. goals-service's own words
         * (their Swedish half: the source, the import, the statistic or reference series still missing), except for an
         * unreached milestone, whose text is written for API clients: here it is the mark a manager sets on the goal's page.
         */
        public String waiting() {
            if (waitingFor == null) {
                return null;
            }
            if (milestone()) {
                return "Väntar på att en chef markerar milstolpen som nådd" + (source == null ? "." : ". Följs från källan: " + source + ".");
            }
            String sv = Formats.sv(waitingFor);
            return sv.endsWith(".") ? sv : sv + ".";
        }

        /** The judgement differs from the computed status: the page marks it, as Lund's report discusses such rows. */
        public boolean judgedOtherwise() {
            return judgement != null && computedStatus != null && !judgement.equals(computedStatus);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record JudgementRequest(String status, String comment) {
    }

    public record Judgement(UUID id, UUID goalId, String status, String comment, String judgedBy, OffsetDateTime judgedAt) {
    }

    public record MilestoneRequest(Boolean reached) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FreezeRequest(String month, String kind) {
    }

    public record CommentRequest(String text) {
    }

    public record Comment(UUID id, String author, OffsetDateTime writtenAt, String text) {
    }

    public record FrozenGoal(UUID goalId, String title, String target, String targetKind, String unit, String statistic,
            Double actual, Double forecast, String forecastMethod, String computedStatus, String judgement,
            String judgementComment, String judgedBy) {
    }

    public record FollowUp(UUID id, UUID planId, String month, String kind, LocalDate asOf, OffsetDateTime frozenAt,
            String frozenBy, List<FrozenGoal> goals, List<Comment> comments) {
    }

    /** A statistic of the shared catalogue, with its Swedish name. */
    public record Statistic(String id, String sv, String en, String unit, String aggregation) {
    }

    /** A named reference series with its values per year (the list of all of them). */
    public record Series(String series, Map<Integer, Double> values) {
    }

    /** A reference series, e.g. adults per year: year → value. */
    public record SeriesValues(Map<Integer, Double> values) {
    }
}
