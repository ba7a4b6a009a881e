package se.arbetsmarknad.platform.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import se.arbetsmarknad.platform.problem.ProblemException;

class SuiteClockTest {

    @Test
    void todayIsTheSwedishDayAlsoJustAfterMidnight() {
        // 23:30 UTC on 31 December is already 00:30 on New Year's Day in Stockholm.
        SuiteClock clock = new SuiteClock(Clock.fixed(Instant.parse("2025-12-31T23:30:00Z"), ZoneOffset.UTC), false);
        assertEquals(LocalDate.of(2026, 1, 1), clock.today());
        assertEquals(LocalDate.of(2026, 1, 1), LocalDate.now(clock));
        assertEquals(SuiteClock.ZONE, clock.getZone());
        // Timestamps are stored and sent in UTC.
        assertEquals("2025-12-31T23:30Z", clock.now().toString());
    }

    @Test
    void aTestCanSetAdvanceAndResetTheClock() {
        SuiteClock clock = SuiteClock.fixedAt(LocalDate.of(2022, 9, 9), true);
        assertEquals(LocalDate.of(2022, 9, 9), clock.today());
        clock.setTo(LocalDate.of(2024, 2, 28));
        clock.advance(Duration.ofDays(1));
        assertEquals(LocalDate.of(2024, 2, 29), clock.today());
        Clock utc = clock.withZone(ZoneOffset.UTC);
        clock.advance(Duration.ofDays(1));
        assertEquals(LocalDate.of(2024, 3, 1), LocalDate.now(utc), "a clock derived by withZone follows too");
        clock.reset();
        assertEquals(LocalDate.of(2022, 9, 9), clock.today());
    }

    @Test
    void productionTimeCannotBeMoved() {
        SuiteClock clock = SuiteClock.system();
        assertThrows(IllegalStateException.class, () -> clock.setTo(LocalDate.of(2020, 1, 1)));
        assertThrows(IllegalStateException.class, () -> clock.advance(Duration.ofDays(1)));
        assertThrows(IllegalStateException.class, clock::reset);
    }

    @Test
    void orTodayDefaultsToTodayAndRefusesTheFutureNamingTheField() {
        SuiteClock clock = SuiteClock.fixedAt(LocalDate.of(2026, 3, 10), false);
        assertEquals(LocalDate.of(2026, 3, 10), clock.orToday(null, "on"));
        assertEquals(LocalDate.of(2026, 3, 1), clock.orToday(LocalDate.of(2026, 3, 1), "on"));
        ProblemException e = assertThrows(ProblemException.class, () -> clock.orToday(LocalDate.of(2026, 3, 11), "exitedOn"));
        assertEquals("exitedOn", e.errors().get(0).field());
    }
}
