package se.arbetsmarknad.participant.common;

import java.time.LocalDate;
import java.time.ZoneId;

/** The municipality's calendar day: dates of enrolments and plans are Swedish days, not UTC days. */
public final class Today {

    public static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

    private Today() {
    }

    public static LocalDate get() {
        return LocalDate.now(ZONE);
    }

    /** The given day, or today when absent; never a day in the future. */
    public static LocalDate orToday(LocalDate day, String field) {
        LocalDate today = get();
        if (day == null) {
            return today;
        }
        if (day.isAfter(today)) {
            throw se.arbetsmarknad.platform.problem.ProblemException.invalid(field,
                    "får inte ligga i framtiden / must not be in the future");
        }
        return day;
    }
}
