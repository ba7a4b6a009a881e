package se.arbetsmarknad.web.errors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One error of a file upload (bulk enrolment, bulk registration), at its row: the services name a row's
 * field "rows[3].personnummer" (row 0: the file as a whole). {@code field} is the Swedish label.
 */
public record RowError(int row, String field, String message) {

    private static final Pattern ROW_FIELD = Pattern.compile("rows\\[(\\d+)]\\.?(.*)");

    /** Every field error of a service's answer, by row; {@code labelOf} gives a field path's label (null: the path itself). */
    public static List<RowError> of(Map<String, String> fieldErrors, Function<String, String> labelOf) {
        List<RowError> out = new ArrayList<>();
        fieldErrors.forEach((path, message) -> {
            Matcher m = ROW_FIELD.matcher(path);
            if (m.matches()) {
                String label = labelOf.apply(m.group(2));
                out.add(new RowError(Integer.parseInt(m.group(1)), label == null ? m.group(2) : label, message));
            } else {
                out.add(new RowError(0, path, message));
            }
        });
        out.sort(Comparator.comparingInt(RowError::row));
        return out;
    }

    /** "1 rad" / "3 rader" with errors. */
    public static String rows(List<RowError> errors) {
        long rows = errors.stream().filter(e -> e.row() > 0).map(RowError::row).distinct().count();
        return rows == 1 ? "1 rad" : rows + " rader";
    }
}
