package se.arbetsmarknad.participant.bulk;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.arbetsmarknad.participant.common.Actor;
import se.arbetsmarknad.participant.participant.ParticipantDtos.Attributes;
import se.arbetsmarknad.participant.participant.ParticipantDtos.EnrolRequest;
import se.arbetsmarknad.participant.participant.ParticipantDtos.EnrolResult;
import se.arbetsmarknad.participant.participant.EnrolmentService;
import se.arbetsmarknad.platform.problem.Problem;
import se.arbetsmarknad.platform.problem.ProblemException;
import se.arbetsmarknad.platform.problem.ProblemType;
import se.arbetsmarknad.platform.sheet.Sheet;
import se.arbetsmarknad.platform.sheet.SheetReader;
import se.arbetsmarknad.platform.sheet.SheetRow;

/**
 * Bulk enrolment from a referral list: a sheet with a header row, CSV (',' or ';' separated, as Excel saves it)
 * or Excel (.xlsx), read by the platform's SheetReader like every bulk import.
 * All rows are validated first, each with exactly the checks of a single enrolment; if any row fails,
 * nothing is written and the answer is a 400 problem naming every failing row and field
 * ({@code rows[3].personnummer}). Otherwise all rows are enrolled in one transaction.
 */
@ApplicationScoped
public class BulkEnrolmentService {

    public static final int MAX_ROWS = 2000;
    static final List<String> COLUMNS = List.of("personnummer", "firstName", "lastName", "officer", "enrolledOn", "gender",
            "bornAbroad", "educationLevel", "swedishLevel", "childrenInHousehold", "singleParent", "assistanceSince",
            "supportObstacle", "referralSource", "occupationInterests", "drivingLicence", "protectedIdentity");

    @Inject
    EnrolmentService participants;
    @Inject
    Validator validator;

    public record RowResult(@Schema(description = "Datarad, från 1 / data row, from 1", example = "1") int row,
            @Schema(example = "0f8e7a52-3f7c-4f0e-9a35-6f1d2b9c8e41") String participantId,
            @Schema(example = "c3d9a0c1-2b1f-4d7e-8a55-0e9b7f3c1a22") String enrolmentId,
            boolean reopened) {
    }

    public record BulkResult(@Schema(example = "25") int enrolled, List<RowResult> rows) {
    }

    /** Validates all, then writes all or nothing. */
    public BulkResult enrol(Actor actor, byte[] file) {
        Parsed parsed = parse(file);
        List<EnrolRequest> requests = parsed.requests();
        List<Problem.FieldError> errors = new ArrayList<>(parsed.errors());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < requests.size(); i++) {
            String prefix = "rows[" + (i + 1) + "].";
            EnrolRequest r = requests.get(i);
            if (r == null) {
                continue; // its parse errors are already listed
            }
            for (ConstraintViolation<EnrolRequest> v : validator.validate(r)) {
                errors.add(new Problem.FieldError(prefix + v.getPropertyPath(), v.getMessage()));
            }
            try {
                EnrolmentService.Prepared p = participants.prepare(actor, r); // read-only, own transaction
                if (!seen.add(p.personKey())) {
                    errors.add(new Problem.FieldError(prefix + "personnummer",
                            "finns flera gånger i filen / appears more than once in the file"));
                }
            } catch (ProblemException e) {
                if (e.type() == ProblemType.FORBIDDEN) {
                    throw e;
                }
                if (e.errors().isEmpty()) {
                    errors.add(new Problem.FieldError(prefix + "row", e.getMessage()));
                }
                e.errors().forEach(fe -> errors.add(new Problem.FieldError(prefix + fe.field(), fe.message())));
            }
        }
        if (!errors.isEmpty()) {
            errors.sort(java.util.Comparator.comparing(BulkEnrolmentService::rowOf).thenComparing(Problem.FieldError::field));
            long failing = errors.stream().map(BulkEnrolmentService::rowOf).distinct().count();
            throw new ProblemException(ProblemType.VALIDATION, failing + " av " + requests.size()
                    + " rader har fel; inget skrevs / " + failing + " of " + requests.size()
                    + " rows have errors; nothing was written", errors);
        }
        return writeAll(actor, requests);
    }

    /** One transaction: each row re-checked (someone may have enrolled a person meanwhile) and written. */
    @Transactional
    BulkResult writeAll(Actor actor, List<EnrolRequest> requests) {
        List<RowResult> rows = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            EnrolResult r = participants.enrol(actor, requests.get(i));
            rows.add(new RowResult(i + 1, r.participantId().toString(), r.enrolmentId().toString(), r.reopened()));
        }
        return new BulkResult(rows.size(), rows);
    }

    /** The rows (null where a cell could not be read) and the errors reading them. */
    record Parsed(List<EnrolRequest> requests, List<Problem.FieldError> errors) {
    }

    private static int rowOf(Problem.FieldError e) {
        int start = e.field().indexOf('[');
        int end = e.field().indexOf(']');
        return start < 0 || end < 0 ? 0 : Integer.parseInt(e.field().substring(start + 1, end));
    }

    /**
     * Reads the sheet (CSV or Excel, the platform's SheetReader: separator, BOM, encoding, ja/nej and dates read
     * as in every bulk import) into one request per data row; null where a cell could not be read.
     */
    Parsed parse(byte[] file) {
        Sheet sheet = SheetReader.read(file, MAX_ROWS);
        sheet.requireColumns(COLUMNS, List.of("personnummer"), "header");
        List<EnrolRequest> out = new ArrayList<>();
        List<Problem.FieldError> errors = new ArrayList<>();
        for (SheetRow row : sheet.rows()) {
            EnrolRequest request = toRequest(row);
            String prefix = "rows[" + row.index() + "].";
            row.errors().forEach(e -> errors.add(new Problem.FieldError(prefix + field(e.column()), e.message())));
            out.add(row.hasErrors() ? null : request);
        }
        return new Parsed(out, errors);
    }

    private static EnrolRequest toRequest(SheetRow r) {
        Attributes a = new Attributes(r.text("firstName"), r.text("lastName"), r.text("gender"), r.bool("bornAbroad"),
                r.text("educationLevel"), r.text("swedishLevel"), r.bool("childrenInHousehold"), r.bool("singleParent"),
                r.date("assistanceSince"), r.text("supportObstacle"), r.text("referralSource"), r.list("occupationInterests"),
                r.bool("drivingLicence"), r.bool("protectedIdentity"));
        return new EnrolRequest(r.text("personnummer"), null, r.text("officer"), r.date("enrolledOn"), a);
    }

    /** The request field a column fills: the attributes sit under {@code attributes.}, as in a single enrolment. */
    private static String field(String column) {
        return List.of("personnummer", "officer", "enrolledOn").contains(column) ? column : "attributes." + column;
    }
}
