package se.arbetsmarknad.platform.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class LongTermAssistanceTest {

    @Test
    void assistanceBecomesLongTermTenMonthsAfterItBegan() {
        LocalDate since = LocalDate.of(2025, 3, 15);
        assertEquals(LocalDate.of(2026, 1, 15), LongTermAssistance.from(since));
        assertFalse(LongTermAssistance.on(since, LocalDate.of(2026, 1, 14)));
        assertTrue(LongTermAssistance.on(since, LocalDate.of(2026, 1, 15)));
        assertFalse(LongTermAssistance.on(null, LocalDate.of(2026, 1, 15)));
        // At a month's end: 30 April + 10 months is 28 February.
        assertTrue(LongTermAssistance.on(LocalDate.of(2025, 4, 30), LocalDate.of(2026, 2, 28)));
    }

    @Test
    void theQueryBoundAgreesWithTheRuleOnEveryDayOfFourYears() {
        LocalDate first = LocalDate.of(2023, 1, 1);
        for (LocalDate day = LocalDate.of(2024, 1, 1); day.isBefore(LocalDate.of(2028, 1, 1)); day = day.plusDays(1)) {
            LocalDate bound = LongTermAssistance.latestStartFor(day);
            for (LocalDate since = day.minusMonths(11); !since.isAfter(day.minusMonths(9)); since = since.plusDays(1)) {
                assertEquals(LongTermAssistance.on(since, day), !since.isAfter(bound), "since " + since + " on " + day);
            }
            assertTrue(LongTermAssistance.on(first, day));
        }
    }
}
