package se.arbetsmarknad.platform.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import se.arbetsmarknad.platform.time.SuiteClock;

@QuarkusTest
class ClockTest {

    @Inject
    Clock clock;
    @Inject
    SuiteClock suiteClock;

    @Inject
    ThingApp.Service things;
    @Inject
    EntityManager em;

    @AfterEach
    void resetClock() {
        suiteClock.reset();
    }

    @Test
    void theInjectedClockIsTheSuiteClockInStockholmAndATestCanMoveIt() {
        assertThat(clock).isSameAs(suiteClock);
        assertThat(clock.getZone()).isEqualTo(SuiteClock.ZONE);

        suiteClock.setTo(LocalDate.of(2022, 8, 31));
        assertThat(LocalDate.now(clock)).isEqualTo(LocalDate.of(2022, 8, 31));
        suiteClock.advance(Duration.ofDays(1));
        assertThat(LocalDate.now(clock)).isEqualTo(LocalDate.of(2022, 9, 1));
    }

    @Test
    void anEventIsStampedWithTheSuiteClock() {
        suiteClock.setTo(Instant.parse("2022-08-31T22:30:00Z"));
        things.change(new ThingApp.Batch(List.of(new ThingApp.Change("clocked", 1))));
        OffsetDateTime created = QuarkusTransaction.requiringNew().call(() -> (OffsetDateTime) em.createNativeQuery(
                "select created_at from outbox_event where message_key = 'clocked'", OffsetDateTime.class)
                .getSingleResult());
        assertThat(created.toInstant()).isEqualTo(Instant.parse("2022-08-31T22:30:00Z"));
    }
}
