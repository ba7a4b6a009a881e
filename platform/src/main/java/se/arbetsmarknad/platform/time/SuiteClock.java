package se.arbetsmarknad.platform.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import se.arbetsmarknad.platform.problem.ProblemException;

/**
 * The suite's one notion of "now", a {@link Clock} in the municipality's zone (Europe/Stockholm), so that
 * "today" is the same Swedish calendar day in every service, also around midnight. Inject it as
 * {@code java.time.Clock} (or as {@code SuiteClock} for the helpers) and pass it to every
 * {@code now(clock)}; a bare {@code LocalDate.now()} uses the JVM's zone and is forbidden by the
 * platform's ArchUnit rules.
 *
 * <p>It is the system clock unless {@code platform.clock.today} pins a day (demonstrations of a past
 * year). In the test profile ({@code platform.clock.settable=true}) a test may {@link #setTo set} and
 * {@link #advance advance} it, and {@link #reset} it afterwards; elsewhere those calls fail, so nothing in
 * production can move time.
 */
public final class SuiteClock extends Clock {

    /** The municipality's zone: dates of enrolments, plans, placements and reports are Swedish days. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

    private final Clock base;
    private final boolean settable;
    /** The base clock, or what a test set it to (a fixed or an offset clock). */
    private final AtomicReference<Clock> current;

    public SuiteClock(Clock base, boolean settable) {
        this.base = base.withZone(ZONE);
        this.settable = settable;
        this.current = new AtomicReference<>(this.base);
    }

    /** The system clock in Europe/Stockholm, not settable: for code outside CDI and for tools. */
    public static SuiteClock system() {
        return new SuiteClock(Clock.system(ZONE), false);
    }

    /** A clock standing still at noon (Stockholm) of {@code day}. */
    public static SuiteClock fixedAt(LocalDate day, boolean settable) {
        return new SuiteClock(Clock.fixed(noon(day), ZONE), settable);
    }

    // --- java.time.Clock ---

    @Override
    public ZoneId getZone() {
        return ZONE;
    }

    /** This clock seen in another zone: it follows {@link #setTo} and {@link #advance} as well. */
    @Override
    public Clock withZone(ZoneId zone) {
        return ZONE.equals(zone) ? this : new Zoned(this, zone);
    }

    @Override
    public Instant instant() {
        return current.get().instant();
    }

    @Override
    public long millis() {
        return current.get().millis();
    }

    // --- helpers ---

    /** Today's date in Stockholm. */
    public LocalDate today() {
        return LocalDate.now(this);
    }

    /** Now, as an offset date-time in UTC: how the suite stores and sends timestamps. */
    public OffsetDateTime now() {
        return instant().atOffset(ZoneOffset.UTC);
    }

    /**
     * The given day, or today when absent; a day after today is refused as a 400 naming {@code field}
     * (a decision, an exit or a meeting cannot be recorded before it happened).
     */
    public LocalDate orToday(LocalDate day, String field) {
        LocalDate today = today();
        if (day == null) {
            return today;
        }
        if (day.isAfter(today)) {
            throw ProblemException.invalid(field, "får inte ligga i framtiden / must not be in the future");
        }
        return day;
    }

    // --- tests ---

    /** Stops the clock at {@code instant} (tests only). */
    public void setTo(Instant instant) {
        requireSettable();
        current.set(Clock.fixed(instant, ZONE));
    }

    /** Stops the clock at noon (Stockholm) of {@code day} (tests only). */
    public void setTo(LocalDate day) {
        setTo(noon(day));
    }

    /** Moves the clock on by {@code amount}, whether it stands still or runs (tests only). */
    public void advance(Duration amount) {
        requireSettable();
        current.updateAndGet(c -> Clock.offset(c, amount));
    }

    /** Back to the configured clock (system time, or the pinned day); call it after a test that moved time. */
    public void reset() {
        requireSettable();
        current.set(base);
    }

    private void requireSettable() {
        if (!settable) {
            throw new IllegalStateException("The suite clock is settable in tests only (platform.clock.settable)");
        }
    }

    private static Instant noon(LocalDate day) {
        return day.atTime(LocalTime.NOON).atZone(ZONE).toInstant();
    }

    private static final class Zoned extends Clock {
        private final SuiteClock source;
        private final ZoneId zone;

        Zoned(SuiteClock source, ZoneId zone) {
            this.source = source;
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return source.withZone(other);
        }

        @Override
        public Instant instant() {
            return source.instant();
        }
    }

    @Override
    public String toString() {
        return "SuiteClock[" + current.get() + "]";
    }
}
