package se.arbetsmarknad.participant.bulk;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.arbetsmarknad.participant.common.Actor;
import se.arbetsmarknad.participant.participant.ParticipantDtos.Attributes;
import se.arbetsmarknad.participant.participant.ParticipantDtos.EnrolRequest;
import se.arbetsmarknad.participant.participant.ParticipantDtos.EnrolResult;
import se.arbetsmarknad.participant.participant.EnrolmentService;
import se.arbetsmarknad.platform.problem.Problem;
import se.arbetsmarknad.platform.problem.ProblemException;
import se.arbetsmarknad.platform.problem.ProblemType;

/**
 * Bulk enrolment from a referral list (CSV with a header row, ',' or ';' separated, as Excel writes it).
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
    public BulkResult enrol(Actor actor, String csv) {
        Parsed parsed = parse(csv);
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

    Parsed parse(String csv) {
        if (csv == null || csv.isBlank()) {
            throw ProblemException.invalid("body", "tom fil / empty file");
        }
        String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
        String header = text.lines().findFirst().orElse("");
        char delimiter = header.chars().filter(c -> c == ';').count() > header.chars().filter(c -> c == ',').count() ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).get();
        List<EnrolRequest> out = new ArrayList<>();
        List<Problem.FieldError> errors = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Map<String, Integer> columns = parser.getHeaderMap();
            if (!columns.containsKey("personnummer")) {
                throw ProblemException.invalid("header", "kolumnen personnummer saknas; kolumner / the personnummer column is missing; columns: "
                        + String.join(",", COLUMNS));
            }
            for (String c : columns.keySet()) {
                if (!COLUMNS.contains(c)) {
                    throw ProblemException.invalid("header", "okänd kolumn '" + c + "' / unknown column; kolumner / columns: "
                            + String.join(",", COLUMNS));
                }
            }
            for (CSVRecord record : parser) {
                if (out.size() >= MAX_ROWS) {
                    throw ProblemException.invalid("body", "högst " + MAX_ROWS + " rader / at most " + MAX_ROWS + " rows");
                }
                out.add(toRequest(record, "rows[" + (out.size() + 1) + "].", errors));
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw ProblemException.invalid("body", "kan inte läsa CSV / cannot read the CSV: " + e.getMessage());
        }
        if (out.isEmpty()) {
            throw ProblemException.invalid("body", "inga rader / no rows");
        }
        return new Parsed(out, errors);
    }

    private static EnrolRequest toRequest(CSVRecord r, String prefix, List<Problem.FieldError> errors) {
        Map<String, String> v = new HashMap<>();
        for (String c : COLUMNS) {
            String value = r.isMapped(c) && r.isSet(c) ? r.get(c) : null;
            v.put(c, value == null || value.isBlank() ? null : value.strip());
        }
        int before = errors.size();
        Attributes a = new Attributes(v.get("firstName"), v.get("lastName"), v.get("gender"),
                bool(v, "bornAbroad", prefix, errors), v.get("educationLevel"), v.get("swedishLevel"),
                bool(v, "childrenInHousehold", prefix, errors), bool(v, "singleParent", prefix, errors),
                date(v, "assistanceSince", prefix, errors), v.get("supportObstacle"), v.get("referralSource"),
                v.get("occupationInterests") == null ? null
                        : Arrays.stream(v.get("occupationInterests").split("[ |]+")).filter(s -> !s.isBlank()).toList(),
                bool(v, "drivingLicence", prefix, errors), bool(v, "protectedIdentity", prefix, errors));
        LocalDate enrolledOn = date(v, "enrolledOn", prefix, errors);
        if (errors.size() > before) {
            return null;
        }
        return new EnrolRequest(v.get("personnummer"), null, v.get("officer"), enrolledOn, a);
    }

    private static Boolean bool(Map<String, String> v, String column, String prefix, List<Problem.FieldError> errors) {
        String s = v.get(column);
        if (s == null) {
            return null;
        }
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "ja", "j", "true", "1", "x", "yes" -> true;
            case "nej", "n", "false", "0", "no" -> false;
            default -> {
                errors.add(new Problem.FieldError(prefix + "attributes." + column, "ska vara ja/nej / must be yes/no"));
                yield null;
            }
        };
    }

    private static LocalDate date(Map<String, String> v, String column, String prefix, List<Problem.FieldError> errors) {
        String s = v.get(column);
        if (s == null) {
            return null;
        }
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            String field = column.equals("enrolledOn") ? column : "attributes." + column;
            errors.add(new Problem.FieldError(prefix + field, "ska vara ÅÅÅÅ-MM-DD / must be YYYY-MM-DD"));
            return null;
        }
    }
}
