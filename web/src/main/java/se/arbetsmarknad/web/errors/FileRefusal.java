package se.arbetsmarknad.web.errors;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import se.arbetsmarknad.web.clients.ServiceProblem;

/**
 * A service's refusal of an uploaded file, as every upload page shows it (bulk enrolment, bulk registration of
 * placements, the assistance figures): each bad row in the table, and one sentence above it that says nothing
 * was written. An error about the file as a whole (no row: unknown or missing columns, an unreadable file) is
 * said in that sentence, since it has no row to stand on.
 *
 * @param rows     the rows' errors, by row number
 * @param message  the sentence for the page
 */
public record FileRefusal(List<RowError> rows, String message) {

    /**
     * @param labelOf     a row field's Swedish label (null: the service's field name)
     * @param nothingDone what did not happen, e.g. "Inget är importerat"
     */
    public static FileRefusal of(ServiceProblem problem, Function<String, String> labelOf, String nothingDone) {
        problem.rethrowUnlessAboutTheInput();
        List<RowError> errors = RowError.of(problem.fieldErrors(), labelOf);
        List<RowError> rows = errors.stream().filter(e -> e.row() > 0).toList();
        String file = errors.stream().filter(e -> e.row() == 0).map(RowError::message).collect(Collectors.joining(" "));
        if (rows.isEmpty()) {
            return new FileRefusal(rows, file.isEmpty() ? problem.message() : nothingDone + ". Filen kan inte läsas in. " + file);
        }
        String sentence = nothingDone + ": " + RowError.rows(errors) + " har fel. Rätta dem i filen och läs in den igen.";
        return new FileRefusal(rows, file.isEmpty() ? sentence : sentence + " " + file);
    }
}
