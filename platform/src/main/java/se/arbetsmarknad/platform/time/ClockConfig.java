package se.arbetsmarknad.platform.time;

import java.time.LocalDate;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Configuration of the suite clock (prefix {@code platform.clock}). */
@ConfigMapping(prefix = "platform.clock")
public interface ClockConfig {

    /**
     * Pins "today" for the whole service, the clock standing at noon (Stockholm) of that day: for
     * demonstrations of a past year and for tests whose figures depend on the date. Unset in production.
     */
    Optional<LocalDate> today();

    /** Whether tests may set and advance the clock; true in the test profile only. */
    @WithDefault("false")
    boolean settable();
}
