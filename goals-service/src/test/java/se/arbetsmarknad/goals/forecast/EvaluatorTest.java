package se.arbetsmarknad.goals.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The forecast and status rules on their own (no Quarkus): seasonal, linear, stocks, ratios, bounds. */
class EvaluatorTest {

    static final double TOL = 0.10;

    static Evaluator.Series flow(int year, LocalDate asOf, double... months) {
        return new Evaluator.Series(year, asOf, "sum", java.util.Arrays.copyOf(months, 12));
    }

    static Target target(String text) {
        return Target.parse(text, null).orElseThrow();
    }

    static Evaluator.Result eval(String target, Evaluator.Series cur, List<Evaluator.Series> history) {
        return Evaluator.evaluate(new Evaluator.Input(cur.year(), cur.asOf(), target(target), cur, history, false, null,
                null, false, TOL));
    }

    @Test
    void readsTargetsAsPlansWriteThem() {
        assertThat(target("200")).isEqualTo(new Target("200", TargetKind.VALUE, 200.0, false));
        assertThat(target(">109")).isEqualTo(new Target(">109", TargetKind.AT_LEAST, 109.0, true));
        assertThat(target("minst 1 500").value()).isEqualTo(1500.0);
        assertThat(target("minst 1 500").strict()).isFalse();
        assertThat(target("högst 1 %")).isEqualTo(new Target("högst 1 %", TargetKind.AT_MOST, 1.0, false));
        assertThat(target("< 0,5 %").value()).isEqualTo(0.5);
        assertThat(target("fler än 2021")).isEqualTo(new Target("fler än 2021", TargetKind.MORE_THAN_PREVIOUS_YEAR,
                2021.0, true));
        assertThat(Target.parse("Möjliggöra ett ASF", null)).isEmpty();
        assertThat(Target.parse("Möjliggöra ett ASF", TargetKind.MILESTONE).orElseThrow().kind())
                .isEqualTo(TargetKind.MILESTONE);
        assertThat(Target.parse("200", TargetKind.AT_MOST)).isEmpty();
        assertThat(Target.parse("mer än 2000", TargetKind.AT_LEAST).orElseThrow().value()).isEqualTo(2000.0);
    }

    @Test
    void aTargetMustFitItsUnit() {
        assertThat(target("högst 120 %").misfit("percent", 2026)).isPresent();
        assertThat(target("högst 1 %").misfit("percent", 2026)).isEmpty();
        assertThat(target("12,5").misfit("count", 2022)).isPresent();
        assertThat(target("12,5").misfit("days", 2022)).isEmpty();
        assertThat(target("-3").misfit("count", 2022)).isPresent();
        assertThat(target("fler än 2022").misfit("count", 2022)).isPresent();
        assertThat(target("fler än 2021").misfit("count", 2022)).isEmpty();
    }

    @Test
    void withoutHistoryAFlowIsExtrapolatedPerDay() {
        var cur = flow(2022, LocalDate.of(2022, 8, 31), 1, 2, 2, 3, 2, 1, 1, 4);
        var r = eval("100", cur, List.of());
        assertThat(r.actual()).isEqualTo(16.0);
        assertThat(r.method()).isEqualTo("linear");
        assertThat(r.forecast()).isEqualTo(24.0); // 16 × 365 / 243
        assertThat(r.status()).isEqualTo(Status.NEJ);
    }

    @Test
    void withHistoryTheSameMonthsOfEarlierYearsShapeTheForecast() {
        var y2020 = flow(2020, LocalDate.of(2020, 12, 31), 5, 5, 5, 5, 5, 5, 5, 5, 10, 10, 10, 10); // 40 → 80: ×2
        var y2021 = flow(2021, LocalDate.of(2021, 12, 31), 10, 12, 14, 15, 13, 11, 9, 16, 20, 22, 21, 17); // 100 → 180
        var incomplete = flow(2019, LocalDate.of(2019, 6, 30), 50, 50, 50, 50, 50, 50);
        var cur = flow(2022, LocalDate.of(2022, 8, 31), 15, 17, 20, 18, 19, 16, 14, 24);
        var r = eval("200", cur, List.of(y2020, y2021, incomplete));
        assertThat(r.method()).isEqualTo("seasonal");
        assertThat(r.forecast()).isEqualTo(271.7); // 143 × mean(2.0, 1.8)
        assertThat(r.status()).isEqualTo(Status.JA);
    }

    @Test
    void statusesUseTheToleranceBand() {
        var t = target("200");
        assertThat(Evaluator.status(t, 200, 200, TOL)).isEqualTo(Status.JA);
        assertThat(Evaluator.status(t, 200, 181, TOL)).isEqualTo(Status.OSAKERT);
        assertThat(Evaluator.status(t, 200, 179, TOL)).isEqualTo(Status.NEJ);
        var strict = target(">109");
        assertThat(Evaluator.status(strict, 109, 109, TOL)).isEqualTo(Status.OSAKERT);
        assertThat(Evaluator.status(strict, 109, 110, TOL)).isEqualTo(Status.JA);
        var atMost = target("högst 1 %");
        assertThat(Evaluator.status(atMost, 1, 0.9, TOL)).isEqualTo(Status.JA);
        assertThat(Evaluator.status(atMost, 1, 1.05, TOL)).isEqualTo(Status.OSAKERT);
        assertThat(Evaluator.status(atMost, 1, 1.2, TOL)).isEqualTo(Status.NEJ);
    }

    @Test
    void aStockFollowsItsTrendAndARatioDividesByTheReferenceValue() {
        var cur = new Evaluator.Series(2035, LocalDate.of(2035, 4, 30), "last",
                new double[] { 130, 125, 120, 115, 0, 0, 0, 0, 0, 0, 0, 0 });
        var r = Evaluator.evaluate(new Evaluator.Input(2035, cur.asOf(), target("högst 1 %"), cur, List.of(), true,
                10000.0, null, false, TOL));
        assertThat(r.actual()).isEqualTo(1.2); // 115 of 10 000 = 1.15 %, one decimal
        assertThat(r.forecast()).isEqualTo(0.8); // 130 − 5 × 11 = 75 → 0.75 %
        assertThat(r.status()).isEqualTo(Status.JA);
        var noDenominator = Evaluator.evaluate(new Evaluator.Input(2035, cur.asOf(), target("högst 1 %"), cur,
                List.of(), true, null, null, false, TOL));
        assertThat(noDenominator.actual()).isNull();
        assertThat(noDenominator.status()).isNull();
    }

    @Test
    void aYearThatIsOverHasItsFinalFigureAndAMilestoneIsJudgedByHand() {
        var done = flow(2021, LocalDate.of(2021, 12, 31), 5, 5, 6, 5, 4, 4, 3, 6, 6, 7, 5, 4);
        assertThat(eval("50", done, List.of()).forecast()).isEqualTo(60.0);
        assertThat(eval("50", done, List.of()).method()).isEqualTo("final");
        Target asf = Target.parse("Ett ASF", TargetKind.MILESTONE).orElseThrow();
        assertThat(Evaluator.evaluate(new Evaluator.Input(2022, LocalDate.of(2022, 8, 31), asf, null, List.of(), false,
                null, null, false, TOL)).status()).isNull();
        assertThat(Evaluator.evaluate(new Evaluator.Input(2022, LocalDate.of(2022, 8, 31), asf, null, List.of(), false,
                null, null, true, TOL)).status()).isEqualTo(Status.JA);
        assertThat(Evaluator.evaluate(new Evaluator.Input(2022, LocalDate.of(2023, 1, 31), asf, null, List.of(), false,
                null, null, false, TOL)).status()).isEqualTo(Status.NEJ);
    }
}
