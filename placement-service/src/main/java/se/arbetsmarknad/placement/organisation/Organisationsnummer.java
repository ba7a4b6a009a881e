package se.arbetsmarknad.placement.organisation;

import java.util.Optional;

import se.arbetsmarknad.platform.validation.Luhn;

/**
 * Swedish organisationsnummer: ten digits NNNNNN-NNNN, the last a Luhn (mod 10) check digit over the
 * first nine. Legal persons have a third digit of at least 2 (so the number cannot be a personnummer).
 */
public final class Organisationsnummer {

    private Organisationsnummer() {
    }

    /** The number in the form NNNNNN-NNNN, or empty when it is not a valid organisationsnummer. */
    public static Optional<String> normalise(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String s = raw.trim();
        if (!s.matches("\\d{6}-?\\d{4}")) {
            return Optional.empty();
        }
        String digits = s.replace("-", "");
        if (digits.charAt(2) < '2' || !Luhn.isValid(digits)) {
            return Optional.empty();
        }
        return Optional.of(digits.substring(0, 6) + "-" + digits.substring(6));
    }
}
