package se.arbetsmarknad.goals;

import java.time.Clock;
import java.time.LocalTime;
import java.time.ZoneOffset;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The service's notion of "now": the system clock, or a pinned date from {@code goals.today}. */
public class ClockProducer {

    @Produces
    @Singleton
    Clock clock(GoalsConfig config) {
        return config.today()
                .map(day -> Clock.fixed(day.atTime(LocalTime.NOON).toInstant(ZoneOffset.UTC), ZoneOffset.UTC))
                .orElse(Clock.systemUTC());
    }
}
