package se.arbetsmarknad.participant.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

import se.arbetsmarknad.participant.demo.DemoHistory.Cohort;
import se.arbetsmarknad.participant.demo.DemoHistory.Story;

/** The demo history on its own: the seeds' figures exactly, a rhythm over the years, stories that hold together. */
class DemoHistoryTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    static final List<Story> STORIES = DemoHistory.generate(DemoData.SEED, TODAY);
    static final LocalDate LUND_FROM = LocalDate.of(2022, 1, 1);
    static final LocalDate LUND_TO = LocalDate.of(2022, 8, 31);

    static long starts(Predicate<String> kind, LocalDate from, LocalDate to) {
        return STORIES.stream().flatMap(s -> s.steps().stream()).filter(st -> kind.test(st.kind()))
                .filter(st -> !st.start().isBefore(from) && !st.start().isAfter(to)).count();
    }

    static long exits(String reason, LocalDate from, LocalDate to) {
        return STORIES.stream().filter(s -> s.exit() != null && s.exit().reason().equals(reason))
                .filter(s -> !s.exit().on().isBefore(from) && !s.exit().on().isAfter(to)).count();
    }

    @Test
    void lundsInterimFiguresComeOutExactly() {
        Set<String> employments = Set.of("extratjanst", "nystartsjobb", "lonebidrag", "utvecklingsanstallning", "osa",
                "beredskapsanstallning");
        assertThat(starts(employments::contains, LUND_FROM, LUND_TO)).isEqualTo(143);
        assertThat(starts("praktik"::equals, LUND_FROM, LUND_TO)).isEqualTo(16);
        assertThat(starts(Set.of("studievagledning", "ungdomssamtal")::contains, LUND_FROM, LUND_TO)).isEqualTo(27);
        assertThat(starts(Set.of("supported-employment", "ips")::contains, LUND_FROM, LUND_TO)).isEqualTo(70);
        assertThat(exits("arbete", LUND_FROM, LUND_TO)).isEqualTo(61);
        // Lund's table of state employments in 2022: nystartsjobb 8 women and 5 men, lönebidrag 11 and 13.
        assertThat(STORIES.stream().filter(s -> s.steps().stream().anyMatch(st -> st.kind().equals("nystartsjobb")
                && !st.start().isBefore(LUND_FROM) && !st.start().isAfter(LUND_TO))).filter(Story::woman).count())
                .isEqualTo(8);
        // More Supported Employment than 2021 is within reach: 2021 had fewer than 2022's pace.
        assertThat(starts(Set.of("supported-employment", "ips")::contains, LocalDate.of(2021, 1, 1),
                LocalDate.of(2021, 12, 31))).isLessThan(105);
    }

    @Test
    void theIrisSubProjectsAreLundsTable() {
        Map<String, long[]> bySub = new TreeMap<>();
        for (Story s : STORIES) {
            if (s.project() != null && s.project().project().startsWith("iris-")) {
                long[] n = bySub.computeIfAbsent(s.project().project(), k -> new long[2]);
                n[0]++;
                LocalDate since = s.attributes().assistanceSince();
                if (since != null && !since.isAfter(s.project().on())) {
                    n[1]++;
                }
                assertThat(s.project().on()).isBetween(LocalDate.of(2020, 9, 1), LocalDate.of(2022, 8, 31));
            }
        }
        assertThat(bySub.get("iris-usb")).containsExactly(136, 71);
        assertThat(bySub.get("iris-kompetenstrappan")).containsExactly(66, 12);
        assertThat(bySub.get("iris-insam")).containsExactly(47, 19);
    }

    @Test
    void theCohortsThatPlacementMatchesAreThereAndFindable() {
        List<Story> summer = STORIES.stream().filter(s -> s.cohort() == Cohort.SUMMER_JOB_2022).toList();
        assertThat(summer).hasSize(603).allSatisfy(s -> {
            assertThat(s.unit()).isEqualTo(DemoHistory.YOUTH);
            assertThat(s.attributes().interests()).containsExactly(DemoHistory.SUMMER_JOB_INTEREST);
            assertThat(s.birth().getYear()).isBetween(2002, 2005);
            assertThat(s.enrolledOn()).isBefore(LocalDate.of(2022, 6, 1));
            assertThat(s.steps()).isEmpty();
            assertThat(s.exit()).isNull();
        });
        List<Story> city = STORIES.stream().filter(s -> s.cohort() == Cohort.CITY_EMPLOYMENT_2020).toList();
        assertThat(city).hasSize(524).allSatisfy(s -> {
            assertThat(s.unit()).isEqualTo(DemoHistory.ADULT);
            assertThat(s.attributes().interests()).containsExactly(DemoHistory.CITY_EMPLOYMENT_INTEREST);
            assertThat(s.enrolledOn()).isBefore(LocalDate.of(2019, 10, 1));
        });
        // Nobody else holds the cohorts' interests.
        assertThat(STORIES.stream().filter(s -> s.cohort() == Cohort.REGULAR)
                .flatMap(s -> s.attributes().interests().stream()))
                .doesNotContain(DemoHistory.SUMMER_JOB_INTEREST, DemoHistory.CITY_EMPLOYMENT_INTEREST);
    }

    @Test
    void everyStoryHoldsTogetherAndTheYearsHaveARhythm() {
        for (Story s : STORIES) {
            assertThat(s.enrolledOn()).isBetween(DemoHistory.START, TODAY);
            assertThat(s.birth().plusYears(17)).isBeforeOrEqualTo(s.enrolledOn());
            LocalDate previousEnd = s.enrolledOn();
            for (var st : s.steps()) {
                assertThat(st.start()).isAfterOrEqualTo(previousEnd).isBeforeOrEqualTo(TODAY);
                assertThat(st.plannedEnd()).isAfter(st.start());
                previousEnd = st.plannedEnd();
            }
            if (s.exit() != null) {
                assertThat(s.exit().on()).isAfterOrEqualTo(previousEnd).isBeforeOrEqualTo(TODAY);
                if (s.project() != null) {
                    assertThat(s.exit().on()).isAfterOrEqualTo(s.project().on());
                }
            }
        }
        // Enrolments every month of every year, fewer in July than in September.
        Map<Integer, long[]> byMonth = new TreeMap<>();
        STORIES.stream().filter(s -> s.cohort() == Cohort.REGULAR).forEach(s -> byMonth
                .computeIfAbsent(s.enrolledOn().getYear(), y -> new long[12])[s.enrolledOn().getMonthValue() - 1]++);
        for (int year = 2019; year <= 2025; year++) {
            long[] months = byMonth.get(year);
            assertThat(months).doesNotContain(0L);
            assertThat(months[6]).isLessThan(months[8]);
        }
        // The active caseload stays in bounds: neither emptied nor piling up.
        for (int year = 2020; year <= 2026; year++) {
            LocalDate day = LocalDate.of(year, 6, 30);
            long active = STORIES.stream().filter(s -> s.cohort() == Cohort.REGULAR && !s.enrolledOn().isAfter(day)
                    && (s.exit() == null || s.exit().on().isAfter(day))).count();
            assertThat(active).as("active on %s", day).isBetween(150L, 650L);
        }
    }

    @Test
    void theSameSeedAndDayGiveTheSameHistory() {
        assertThat(DemoHistory.generate(DemoData.SEED, TODAY)).isEqualTo(STORIES);
    }
}
