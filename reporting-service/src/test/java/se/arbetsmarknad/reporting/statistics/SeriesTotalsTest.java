package se.arbetsmarknad.reporting.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import se.arbetsmarknad.reporting.Feed;
import se.arbetsmarknad.reporting.readmodel.Stat;

/**
 * The dashboard's one query per range gives, for every statistic it shows, exactly what the statistic's
 * own query gives for that range: flows, stocks (levels at the end) and medians, on events over the real
 * broker spread across months, with ranges of whole months, parts of months and a single day.
 */
@QuarkusTest
class SeriesTotalsTest {

    static final String UNIT = "totals-" + UUID.randomUUID().toString().substring(0, 8);
    static final int YEAR = 2017;
    static final List<String> STATISTICS = List.of(Stat.ENROLLED_UNIQUE, Stat.ACTIVE, Stat.INTERVENTIONS_STARTED,
            Stat.SUPPORTED_EMPLOYMENTS_STARTED, Stat.INTERNSHIPS_STARTED, Stat.STUDY_GUIDANCE_STARTED, Stat.EXITS,
            Stat.EXITS_TO_WORK_OR_STUDIES, Stat.LONG_TERM_ASSISTANCE, Stat.DAYS_TO_FIRST_INTERVENTION);

    @Inject
    SeriesQuery query;
    @Inject
    Catalogue catalogue;

    @Test
    void oneQueryPerRangeEqualsEachStatisticsOwnQuery() {
        UUID last = null;
        for (int i = 0; i < 24; i++) {
            LocalDate on = LocalDate.of(YEAR, 1 + i % 11, 1 + (i * 7) % 27);
            UUID id = Feed.enrol(UNIT, i % 3 == 0 ? "M" : "K", "25-29", on, i % 4 == 0 ? on.minusMonths(11) : null);
            Feed.intervention(id, UNIT, i % 2 == 0 ? "praktik" : "studievagledning", i % 2 == 0 ? "praktik" : "vagledning",
                    on.plusDays(3 + i));
            if (i % 5 == 0) {
                Feed.intervention(id, UNIT, "utvecklingsanstallning", "anstallning-med-stod", on.plusDays(20));
            }
            if (i % 3 == 1) {
                Feed.exit(id, UNIT, i % 2 == 0 ? "arbete" : "studier", on.plusDays(40));
            }
            last = id;
        }
        Feed.exit(last, UNIT, "flyttat", LocalDate.of(YEAR, 12, 30));
        Map<Dim, String> unit = Map.of(Dim.UNIT, UNIT);
        await().atMost(Duration.ofSeconds(60)).until(() -> own(Stat.EXITS, LocalDate.of(YEAR, 1, 1),
                LocalDate.of(YEAR, 12, 31), unit).gender("T").people() == 9);

        List<Catalogue.Statistic> statistics = STATISTICS.stream().map(catalogue::require).toList();
        // Not a comparison of zeros: over the year every statistic has people in the unit.
        Map<String, Series.Row> year = QuarkusTransaction.requiringNew().call(() -> query.totals(statistics,
                LocalDate.of(YEAR, 1, 1), LocalDate.of(YEAR, 12, 31), unit));
        for (Catalogue.Statistic st : statistics) {
            assertThat(year.get(st.id()).gender("T").people()).as(st.id()).isPositive();
        }
        List<LocalDate[]> ranges = List.of(
                range(YEAR, 1, 1, YEAR, 12, 31), range(YEAR, 3, 1, YEAR, 3, 31), range(YEAR, 1, 1, YEAR, 6, 30),
                range(YEAR, 2, 14, YEAR, 9, 3), range(YEAR, 5, 10, YEAR, 5, 20), range(YEAR, 7, 4, YEAR, 7, 4),
                range(YEAR - 1, 11, 15, YEAR + 1, 2, 10));
        for (LocalDate[] r : ranges) {
            for (Map<Dim, String> filters : List.of(unit, Map.<Dim, String>of())) {
                Map<String, Series.Row> totals = QuarkusTransaction.requiringNew()
                        .call(() -> query.totals(statistics, r[0], r[1], filters));
                for (Catalogue.Statistic st : statistics) {
                    assertThat(totals.get(st.id())).as("%s %s–%s %s", st.id(), r[0], r[1], filters)
                            .isEqualTo(own(st.id(), r[0], r[1], filters));
                }
            }
        }
    }

    Series.Row own(String statistic, LocalDate from, LocalDate to, Map<Dim, String> filters) {
        return QuarkusTransaction.requiringNew().call(() -> query.run(new SeriesQuery.Request(catalogue.require(statistic),
                Period.RANGE, from, to, List.of(), filters)).rows().get(0));
    }

    static LocalDate[] range(int y1, int m1, int d1, int y2, int m2, int d2) {
        return new LocalDate[] {LocalDate.of(y1, m1, d1), LocalDate.of(y2, m2, d2)};
    }
}
