package se.arbetsmarknad.participant.common;

import java.time.LocalDate;
import java.time.Period;

/** Age bands of the event contract, derived from the birth date on a given day. */
public final class AgeBands {

    /** Youngest age at enrolment: the contract's lowest band is 17–19. */
    public static final int MIN_AGE = 17;

    private AgeBands() {
    }

    public static int age(LocalDate birthDate, LocalDate on) {
        return Period.between(birthDate, on).getYears();
    }

    public static String band(LocalDate birthDate, LocalDate on) {
        int age = age(birthDate, on);
        if (age < 20) {
            return "17-19";
        } else if (age < 25) {
            return "20-24";
        } else if (age < 30) {
            return "25-29";
        } else if (age < 55) {
            return "30-54";
        } else if (age < 65) {
            return "55-64";
        }
        return "65+";
    }
}
