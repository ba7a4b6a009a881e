package se.arbetsmarknad.reporting.assistance;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import se.arbetsmarknad.platform.problem.Problem.FieldError;

/**
 * The rules an imported row must keep, all checked before anything is written, each failure naming its
 * row and field: a month from 2000 up to the current one, a unit code, at least one figure; a figure's
 * T is at least K + M (missing: K + M); households have T only; no part (long-term, over 36 months,
 * young adults, sick-listed) exceeds the adult recipients, nor over 36 months the long-term; a month
 * and unit only once per import.
 */
public final class FigureRules {

    static final YearMonth FIRST = YearMonth.of(2000, 1);
    /** A count above this is no municipality's figure (Stockholm has some 20 000 households on assistance). */
    static final long MAX = 1_000_000;

    /**
     * How an error names what it is about, as the sender wrote it: {@code month}, {@code unit},
     * {@code adultRecipients.T} in JSON; the columns {@code manad}, {@code enhet}, {@code vuxna_t} in a sheet.
     */
    public enum Naming {
        JSON("month", "unit") {
            @Override
            public String of(Measure measure, String gender) {
                return measure.field() + (gender == null ? "" : "." + gender);
            }
        },
        SHEET("manad", "enhet") {
            @Override
            public String of(Measure measure, String gender) {
                return measure.column()
                        + (measure.byGender() && gender != null ? "_" + gender.toLowerCase(java.util.Locale.ROOT) : "");
            }
        };

        private final String month;
        private final String unit;

        Naming(String month, String unit) {
            this.month = month;
            this.unit = unit;
        }

        /** The figure's field or column; {@code gender} K, M or T ({@code null}: the figure as a whole). */
        public abstract String of(Measure measure, String gender);

        public String month() {
            return month;
        }

        public String unit() {
            return unit;
        }
    }

    /** A row with its place in the import, as errors name it ({@code rows[N]}). */
    public record Numbered(int number, FigureRow row) {
    }

    /** The checked figures, or the errors of every failing row. */
    public record Outcome(List<MonthFigures> figures, List<FieldError> errors) {
    }

    private FigureRules() {
    }

    public static Outcome check(List<Numbered> rows, YearMonth currentMonth, Naming naming) {
        List<MonthFigures> figures = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Numbered n : rows) {
            String at = "rows[" + n.number() + "].";
            List<FieldError> rowErrors = new ArrayList<>();
            Optional<MonthFigures> checked = check(n.row(), currentMonth, naming, (field, message) -> rowErrors
                    .add(new FieldError(at + field, message)));
            if (checked.isPresent() && !seen.add(checked.get().month() + "/" + checked.get().unit())) {
                rowErrors.add(new FieldError(at + naming.month(), "månaden och enheten finns redan på en tidigare rad / "
                        + "the month and unit are already on an earlier row"));
            }
            errors.addAll(rowErrors);
            if (rowErrors.isEmpty()) {
                figures.add(checked.orElseThrow());
            }
        }
        return new Outcome(errors.isEmpty() ? figures : List.of(), errors);
    }

    interface Errors {
        void add(String field, String message);
    }

    private static Optional<MonthFigures> check(FigureRow row, YearMonth currentMonth, Naming naming, Errors errors) {
        YearMonth month = null;
        if (row.month() == null || !row.month().matches("\\d{4}-(0[1-9]|1[0-2])")) {
            errors.add(naming.month(), "månad ÅÅÅÅ-MM / a month YYYY-MM");
        } else {
            month = YearMonth.parse(row.month());
            if (month.isBefore(FIRST) || month.isAfter(currentMonth)) {
                errors.add(naming.month(), "mellan " + FIRST + " och " + currentMonth + " / between " + FIRST + " and "
                        + currentMonth);
            }
        }
        if (row.unit() == null || !row.unit().matches("[a-z0-9][a-z0-9-]{1,62}")) {
            errors.add(naming.unit(), "enhetens kod, t.ex. arbete-forsorjning / the unit's code, e.g. arbete-forsorjning");
        }
        Map<Measure, FigureRow.Kmt> given = row.given();
        if (given.isEmpty()) {
            errors.add(naming.of(Measure.ADULT_RECIPIENTS, null), "minst en uppgift / at least one figure");
        }
        Map<Measure, MonthFigures.Counts> counts = new EnumMap<>(Measure.class);
        given.forEach((measure, kmt) -> counts(measure, kmt, naming, errors).ifPresent(c -> counts.put(measure, c)));
        boolean complete = counts.size() == given.size();
        MonthFigures.Counts adults = counts.get(Measure.ADULT_RECIPIENTS);
        for (Measure part : Measure.PARTS_OF_ADULTS) {
            notAbove(counts.get(part), adults, part, naming, errors, "de vuxna biståndsmottagarna",
                    "the adult recipients");
        }
        notAbove(counts.get(Measure.OVER_36_MONTHS), counts.get(Measure.LONG_TERM), Measure.OVER_36_MONTHS, naming,
                errors, "de med långvarigt bistånd", "the long-term recipients");
        boolean ok = month != null && complete && !given.isEmpty();
        return ok ? Optional.of(new MonthFigures(month, row.unit(), counts)) : Optional.empty();
    }

    /** Counts of one figure, or empty after naming what is wrong with it. */
    private static Optional<MonthFigures.Counts> counts(Measure measure, FigureRow.Kmt kmt, Naming naming,
            Errors errors) {
        String field = naming.of(measure, "T");
        if (!measure.byGender() && (kmt.K() != null || kmt.M() != null)) {
            errors.add(field, "hushåll redovisas bara totalt (T) / households are given as a total (T) only");
            return Optional.empty();
        }
        boolean inRange = true;
        for (String g : List.of("K", "M", "T")) {
            Long v = g.equals("K") ? kmt.K() : g.equals("M") ? kmt.M() : kmt.T();
            if (v != null && (v < 0 || v > MAX)) {
                errors.add(naming.of(measure, g), "ett antal 0–" + MAX + " / a count 0–" + MAX);
                inRange = false;
            }
        }
        if (!inRange) {
            return Optional.empty();
        }
        if (kmt.T() == null && (kmt.K() == null || kmt.M() == null)) {
            errors.add(field, "ange T, eller K och M / give T, or K and M");
            return Optional.empty();
        }
        long women = kmt.K() == null ? 0 : kmt.K();
        long men = kmt.M() == null ? 0 : kmt.M();
        long total = kmt.T() == null ? women + men : kmt.T();
        if (women + men > total) {
            errors.add(field, "T är mindre än K + M / T is less than K + M");
            return Optional.empty();
        }
        return Optional.of(new MonthFigures.Counts(women, men, total - women - men));
    }

    /** A part of a group (e.g. the long-term among the adult recipients) is never larger, per gender and in total. */
    private static void notAbove(MonthFigures.Counts part, MonthFigures.Counts whole, Measure measure, Naming naming,
            Errors errors, String wholeSv, String wholeEn) {
        if (part == null || whole == null) {
            return;
        }
        String gender = part.women() > whole.women() ? "K" : part.men() > whole.men() ? "M"
                : part.total() > whole.total() ? "T" : null;
        if (gender != null) {
            errors.add(naming.of(measure, gender), "fler än " + wholeSv + " (" + gender + ") / more than " + wholeEn
                    + " (" + gender + ")");
        }
    }
}
