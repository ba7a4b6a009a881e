package se.arbetsmarknad.goals.forecast;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A target as the plan writes it ("200", "> 109", "minst 100", "högst 1 %", "fler än 2021", or a
 * milestone), parsed into its kind and number. The text stays the source of truth; this is derived.
 *
 * @param value  the number; for {@link TargetKind#MORE_THAN_PREVIOUS_YEAR} the year compared with;
 *               null for a milestone
 * @param strict {@code >} or {@code <} rather than "minst"/"högst"
 */
public record Target(String text, TargetKind kind, Double value, boolean strict) {

    private static final String NUMBER = "(-?\\d+(?:[ \\u00a0]\\d{3})*(?:[.,]\\d+)?)";
    private static final Pattern VALUE = Pattern.compile("^" + NUMBER + "\\s*(?:st|%|dagar|procent)?$");
    private static final Pattern AT_LEAST = Pattern.compile(
            "^(>=|≥|>|minst|at least|more than|mer än|över)\\s*" + NUMBER + "\\s*(?:st|%|dagar|procent)?$");
    private static final Pattern AT_MOST = Pattern.compile(
            "^(<=|≤|<|högst|max|maximalt|at most|less than|under|färre än|mindre än)\\s*" + NUMBER
                    + "\\s*(?:st|%|dagar|procent)?$");
    private static final Pattern PREVIOUS_YEAR = Pattern.compile("^(?:fler än|mer än|more than)\\s*((?:19|20)\\d{2})$");

    /**
     * @param kindHint the kind the caller gave, or null to infer it from the text; {@code milestone}
     *                 takes any text
     * @return empty when the text is not a target of the (given or any) kind
     */
    public static Optional<Target> parse(String text, TargetKind kindHint) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip();
        if (kindHint == TargetKind.MILESTONE) {
            return Optional.of(new Target(t, TargetKind.MILESTONE, null, false));
        }
        String lower = t.toLowerCase(Locale.ROOT).replace('−', '-');
        for (TargetKind kind : List.of(TargetKind.MORE_THAN_PREVIOUS_YEAR, TargetKind.VALUE, TargetKind.AT_LEAST,
                TargetKind.AT_MOST)) {
            if (kindHint == null || kindHint == kind) {
                Optional<Target> parsed = parseAs(kind, t, lower);
                if (parsed.isPresent()) {
                    return parsed;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Target> parseAs(TargetKind kind, String t, String lower) {
        Matcher m;
        Target parsed = null;
        switch (kind) {
            case MORE_THAN_PREVIOUS_YEAR -> {
                if ((m = PREVIOUS_YEAR.matcher(lower)).matches()) {
                    parsed = new Target(t, kind, Double.valueOf(m.group(1)), true);
                }
            }
            case VALUE -> {
                if ((m = VALUE.matcher(lower)).matches()) {
                    parsed = new Target(t, kind, number(m.group(1)), false);
                }
            }
            case AT_LEAST -> {
                if ((m = AT_LEAST.matcher(lower)).matches()) {
                    boolean strict = !List.of(">=", "≥", "minst", "at least").contains(m.group(1));
                    parsed = new Target(t, kind, number(m.group(2)), strict);
                }
            }
            case AT_MOST -> {
                if ((m = AT_MOST.matcher(lower)).matches()) {
                    boolean strict = List.of("<", "less than", "under", "färre än", "mindre än").contains(m.group(1));
                    parsed = new Target(t, kind, number(m.group(2)), strict);
                }
            }
            default -> {
            }
        }
        return Optional.ofNullable(parsed);
    }

    /** The unit the text names after its number ("150 %" → percent, "30 dagar" → days, "12 st" → count). */
    Optional<String> writtenUnit() {
        String lower = text.toLowerCase(Locale.ROOT).strip();
        if (lower.endsWith("%") || lower.endsWith("procent")) {
            return Optional.of("percent");
        }
        if (lower.endsWith("dagar")) {
            return Optional.of("days");
        }
        return lower.endsWith("st") ? Optional.of("count") : Optional.empty();
    }

    private static double number(String text) {
        return Double.parseDouble(text.replace(" ", "").replace("\u00a0", "").replace(',', '.'));
    }

    /**
     * Why this target cannot be one for an indicator in {@code unit} for {@code year}, or empty when it
     * fits: no negative numbers, whole counts, percentages within 0–100, a previous year before the goal's,
     * and no unit written after the number other than the indicator's ("150 %" on a count is refused).
     */
    public Optional<String> misfit(String unit, int year) {
        if (kind == TargetKind.MILESTONE) {
            return Optional.empty();
        }
        if (kind == TargetKind.MORE_THAN_PREVIOUS_YEAR) {
            return value.intValue() < year ? Optional.empty()
                    : Optional.of("jämförelseåret måste vara före målets år " + year
                            + " / the year compared with must precede the goal's year");
        }
        if (value < 0) {
            return Optional.of("målet får inte vara negativt / the target must not be negative");
        }
        Optional<String> written = writtenUnit();
        if (written.isPresent() && !written.get().equals(unit)) {
            return Optional.of("målet är skrivet i " + written.get() + " men indikatorn mäts i " + unit
                    + " / the target is written in " + written.get() + " but the indicator is measured in " + unit);
        }
        return switch (unit) {
            case "count" -> value != Math.rint(value)
                    ? Optional.of("ett antal är ett heltal / a count is a whole number") : Optional.empty();
            case "percent" -> value > 100
                    ? Optional.of("en andel ligger mellan 0 och 100 % / a percentage lies between 0 and 100")
                    : Optional.empty();
            case "days" -> Optional.empty();
            default -> Optional.of("okänd enhet / unknown unit " + unit);
        };
    }
}
