package se.arbetsmarknad.web.format;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The web application's one clock: "today" as users in a Swedish municipality mean it (Europe/Stockholm),
 * for the forms' default dates and the pages' default month or year. Every class of web reads the time
 * through {@link #clock()} or {@link #get()}; the ArchitectureTest forbids a bare {@code now()} elsewhere.
 *
 * <p>It follows the services' clock setting: when {@code platform.clock.today} ({@code PLATFORM_CLOCK_TODAY})
 * pins a day for a demonstration of a past year, web's today is that day too, at noon Stockholm, so a date
 * web fills in is never "in the future" for a service. Tests may {@link #setTo set} and {@link #reset} it;
 * the ArchitectureTest forbids main code to.
 *
 * <p>Why web does not use platform's {@code SuiteClock}: web depends on no part of platform, and should not.
 * platform brings Hibernate ORM, JDBC, Flyway, Kafka messaging, the scheduler and its beans (outbox relay,
 * inbox, cluster locks), which need a database and a broker web does not have and must not start. A module
 * of its own for one class would cost more build than it saves; both clocks keep the same zone and the same
 * pinned day, which is what "one today" needs.
 */
public final class Today {

    public static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");
    private static final Clock CONFIGURED = configured(ConfigProvider.getConfig()
            .getOptionalValue("platform.clock.today", LocalDate.class));
    private static final AtomicReference<Clock> CLOCK = new AtomicReference<>(CONFIGURED);

    private Today() {
    }

    /** The clock itself, for {@code now(clock)} of any java.time type. */
    public static Clock clock() {
        return CLOCK.get();
    }

    /** Today's date in Stockholm. */
    public static LocalDate get() {
        return LocalDate.now(clock());
    }

    /** Stops the clock at noon (Stockholm) of {@code day}: tests only. */
    public static void setTo(LocalDate day) {
        CLOCK.set(noonOf(day));
    }

    /** Back to the configured clock (system time, or the pinned day): tests only. */
    public static void reset() {
        CLOCK.set(CONFIGURED);
    }

    /** The system clock in Stockholm, or a clock standing at noon of the pinned day. */
    static Clock configured(Optional<LocalDate> pinned) {
        return pinned.map(Today::noonOf).orElseGet(() -> Clock.system(ZONE));
    }

    private static Clock noonOf(LocalDate day) {
        return Clock.fixed(day.atTime(LocalTime.NOON).atZone(ZONE).toInstant(), ZONE);
    }
}
