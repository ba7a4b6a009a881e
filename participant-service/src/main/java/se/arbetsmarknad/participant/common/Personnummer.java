package se.arbetsmarknad.participant.common;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.arbetsmarknad.platform.problem.ProblemException;
import se.arbetsmarknad.platform.validation.Luhn;

/**
 * A validated personnummer or samordningsnummer (coordination number: day of birth + 60) in the one
 * canonical form {@code YYYYMMDD-NNNN}. Accepts 10 or 12 digits, with no separator, '-' or '+' and
 * nothing else (a space or a dot is refused, not ignored). '+' means 100 years or older
 * (Skatteverket's convention): in the 10-digit form it picks the century, in the 12-digit form it must
 * agree with the year. The birth number (födelsenummer, the three digits after the date) 000 is never
 * issued. The rules are checked against the shared test data of the personnummer libraries (see
 * PersonnummerTest). The value never appears in {@link #toString()}, so it cannot slip into a log line.
 */
public final class Personnummer {

    private static final Pattern FORMAT = Pattern.compile("(\\d{2})?(\\d{2})(\\d{2})(\\d{2})([-+]?)(\\d{3})(\\d)");

    private final String canonical;
    private final LocalDate birthDate;
    private final boolean coordinationNumber;
    private final char gender;

    private Personnummer(String canonical, LocalDate birthDate, boolean coordinationNumber, char gender) {
        this.canonical = canonical;
        this.birthDate = birthDate;
        this.coordinationNumber = coordinationNumber;
        this.gender = gender;
    }

    /**
     * @param today the day the century of a 10-digit number is resolved against
     * @throws ProblemException 400 naming {@code field} when the format, date or check digit is wrong
     */
    public static Personnummer parse(String input, LocalDate today, String field) {
        if (input == null || input.isBlank()) {
            throw ProblemException.invalid(field, "saknas / is required");
        }
        // Surrounding white space (a pasted cell) is not a separator; inside the number nothing but - or + is.
        Matcher m = FORMAT.matcher(input.strip());
        if (!m.matches()) {
            throw ProblemException.invalid(field,
                    "ska ha formen ÅÅÅÅMMDD-NNNN eller ÅÅMMDD-NNNN / must be YYYYMMDD-NNNN or YYMMDD-NNNN");
        }
        String century = m.group(1);
        int yy = Integer.parseInt(m.group(2));
        int month = Integer.parseInt(m.group(3));
        int day = Integer.parseInt(m.group(4));
        String separator = m.group(5);
        String serial = m.group(6);
        int check = m.group(7).charAt(0) - '0';
        if ("000".equals(serial)) {
            throw ProblemException.invalid(field, "födelsenummer 000 delas aldrig ut / birth number 000 is never issued");
        }
        boolean coordination = day > 60;
        int birthDay = coordination ? day - 60 : day;
        int year;
        if (century != null) {
            year = Integer.parseInt(century) * 100 + yy;
        } else {
            // The latest year ending in yy that is not in the future; '+' adds a century.
            year = today.getYear() - Math.floorMod(today.getYear() - yy, 100);
            if ("+".equals(separator)) {
                year -= 100;
            }
        }
        LocalDate birth;
        try {
            birth = LocalDate.of(year, month, birthDay);
        } catch (DateTimeException e) {
            throw ProblemException.invalid(field, "innehåller inget giltigt datum / contains no valid date");
        }
        if (century == null && birth.isAfter(today)) {
            birth = birth.minusYears(100); // e.g. born later this year-of-century: then last century
            year = birth.getYear();
        }
        if (birth.isAfter(today)) {
            throw ProblemException.invalid(field, "födelsedatum i framtiden / birth date in the future");
        }
        if (century != null && "+".equals(separator) && today.getYear() - year < 100) {
            // '+' is written from the year the person turns 100; with the century given it must agree.
            throw ProblemException.invalid(field, "'+' betyder 100 år eller äldre / '+' means 100 years or older");
        }
        String nineDigits = "%02d%02d%02d%s".formatted(year % 100, month, day, serial);
        if (luhn(nineDigits) != check) {
            throw ProblemException.invalid(field, "fel kontrollsiffra / wrong check digit");
        }
        String canonical = "%04d%02d%02d-%s%d".formatted(year, month, day, serial, check);
        char gender = (serial.charAt(2) - '0') % 2 == 0 ? 'K' : 'M';
        return new Personnummer(canonical, birth, coordination, gender);
    }

    /** The Luhn check digit of the nine digits YYMMDDNNN. */
    public static int luhn(String nineDigits) {
        return Luhn.checkDigit(nineDigits);
    }

    /** YYYYMMDD-NNNN. */
    public String canonical() {
        return canonical;
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    public boolean coordinationNumber() {
        return coordinationNumber;
    }

    /** Legal gender as the second-last digit tells (odd: man): the default when none is given. */
    public char gender() {
        return gender;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Personnummer p && p.canonical.equals(canonical);
    }

    @Override
    public int hashCode() {
        return canonical.hashCode();
    }

    @Override
    public String toString() {
        return "Personnummer[***]";
    }
}
