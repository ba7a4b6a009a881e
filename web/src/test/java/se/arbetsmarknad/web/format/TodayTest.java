package se.arbetsmarknad.web.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Web's clock: Stockholm's day, the services' pinned day when one is set, and settable by tests. */
class TodayTest {

    @Test
    void aPinnedDayIsThatDayAtNoonInStockholm() {
        var clock = Today.configured(Optional.of(LocalDate.of(2022, 8, 31)));
        assertThat(LocalDate.now(clock)).isEqualTo(LocalDate.of(2022, 8, 31));
        assertThat(ZonedDateTime.now(clock)).isEqualTo(LocalDate.of(2022, 8, 31).atTime(LocalTime.NOON).atZone(Today.ZONE));
        assertThat(Today.configured(Optional.empty()).getZone()).isEqualTo(Today.ZONE);
    }

    @Test
    void testsSetTheClockAndResetIt() {
        try {
            Today.setTo(LocalDate.of(2024, 2, 29));
            assertThat(Today.get()).isEqualTo(LocalDate.of(2024, 2, 29));
            assertThat(LocalTime.now(Today.clock())).isEqualTo(LocalTime.NOON);
        } finally {
            Today.reset();
        }
        assertThat(Today.get()).isNotEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(Today.clock().getZone()).isEqualTo(Today.ZONE);
    }
}
