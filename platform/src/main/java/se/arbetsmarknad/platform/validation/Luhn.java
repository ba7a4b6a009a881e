package se.arbetsmarknad.platform.validation;

/**
 * The Luhn (mod 10) check digit that Swedish identity numbers end with: personnummer, samordningsnummer
 * (participant-service) and organisationsnummer (placement-service). Weights 2, 1, 2, 1 … from the left.
 */
public final class Luhn {

    private Luhn() {
    }

    /** The check digit that completes {@code digits} (only 0–9). */
    public static int checkDigit(CharSequence digits) {
        return (10 - weightedSum(digits) % 10) % 10;
    }

    /** True when the last digit of {@code digitsWithCheck} is the Luhn check digit of the others. */
    public static boolean isValid(CharSequence digitsWithCheck) {
        return weightedSum(digitsWithCheck) % 10 == 0;
    }

    private static int weightedSum(CharSequence digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = (digits.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += d > 9 ? d - 9 : d;
        }
        return sum;
    }
}
