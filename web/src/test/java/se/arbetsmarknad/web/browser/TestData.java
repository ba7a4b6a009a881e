package se.arbetsmarknad.web.browser;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.ThreadLocalRandom;

/** Data the journeys type in: new on every run, so a journey can run again against the same suite. */
public final class TestData {

    private TestData() {
    }

    /** "Today" in the municipality's time zone, as the services count it. */
    public static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Stockholm"));
    }

    /** A Luhn-valid personnummer of someone born in 2000 (older than 17), different on every call. */
    public static String personnummer() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        String base = String.format("00%02d%02d%03d", 1 + r.nextInt(12), 1 + r.nextInt(28), 100 + r.nextInt(899));
        return "20" + base.substring(0, 6) + "-" + base.substring(6) + luhn(base);
    }

    /** The same number with a check digit that does not match. */
    public static String wrongCheckDigit(String personnummer) {
        int last = personnummer.charAt(personnummer.length() - 1) - '0';
        return personnummer.substring(0, personnummer.length() - 1) + (last + 1) % 10;
    }

    private static int luhn(String nineDigits) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            int d = (nineDigits.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += d > 9 ? d - 9 : d;
        }
        return (10 - sum % 10) % 10;
    }
}
