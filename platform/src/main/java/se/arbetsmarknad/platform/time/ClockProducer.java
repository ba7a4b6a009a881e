package se.arbetsmarknad.platform.time;

import java.time.Clock;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.quarkus.arc.DefaultBean;

/**
 * Makes the {@link SuiteClock} the application's {@link Clock}. A default bean, so that a service still
 * producing a Clock of its own keeps working until it switches; once none does, every
 * {@code @Inject Clock} is this one.
 */
public class ClockProducer {

    @Produces
    @Singleton
    @DefaultBean
    SuiteClock suiteClock(ClockConfig config) {
        return config.today()
                .map(day -> SuiteClock.fixedAt(day, config.settable()))
                .orElseGet(() -> new SuiteClock(Clock.systemUTC(), config.settable()));
    }
}
