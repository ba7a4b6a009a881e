package se.arbetsmarknad.web.format;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** "Today" as users in a Swedish municipality mean it (Europe/Stockholm), for the forms' default dates. */
public final class Today {

    public static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");
    private static final Clock CLOCK = Clock.system(ZONE);

    private Today() {
    }

    public static LocalDate get() {
        return LocalDate.now(CLOCK);
    }
}
