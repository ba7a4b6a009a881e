package se.arbetsmarknad.placement.bulk;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.arbetsmarknad.placement.bulk.SheetReader.SheetRow;
import se.arbetsmarknad.placement.organisation.Organisation;
import se.arbetsmarknad.placement.placement.Placement;
import se.arbetsmarknad.placement.placement.PlacementDtos.PlacementRequest;
import se.arbetsmarknad.placement.placement.PlacementDtos.Requirements;
import se.arbetsmarknad.placement.placement.PlacementDtos.Supervisor;
import se.arbetsmarknad.placement.placement.PlacementService;
import se.arbetsmarknad.platform.problem.Problem.FieldError;
import se.arbetsmarknad.platform.problem.ProblemException;
import se.arbetsmarknad.platform.problem.ProblemType;

/**
 * Bulk registration (a förvaltning registers hundreds of summer jobs at once). Every row is checked
 * with the same rules as a single registration; if any row fails, nothing is written and the answer
 * names each failing row and field. A dry run only reports.
 */
@ApplicationScoped
public class BulkRegistrationService {

    static final int MAX_ROWS = 5000;
    static final Set<String> COLUMNS = Set.of("kind", "title", "ssyk", "seats", "periodstart", "periodend", "municipality",
            "place", "hoursperweek", "description", "swedishlevel", "drivinglicence", "agemin", "agemax", "educationlevel",
            "supervisorname", "supervisorphone", "supervisoremail", "publish");

    @Inject
    PlacementService placements;
    @Inject
    Validator validator;
    @Inject
    EntityManager em;

    public record RowResult(@Schema(example = "2", description = "Radnummer i filen (rubriken är rad 1) / row number in the file (header is row 1)") int row,
            @Schema(example = "ok") String status, UUID placementId, String title, List<FieldError> errors) {
    }

    public record Report(int rows, int created, boolean dryRun, List<RowResult> results) {
    }

    @Transactional
    public Report register(UUID organisationId, List<SheetRow> rows, boolean dryRun) {
        Organisation org = placements.organisationFor(organisationId);
        if (rows.isEmpty()) {
            throw ProblemException.invalid("file", "filen har inga rader / the file has no rows");
        }
        if (rows.size() > MAX_ROWS) {
            throw ProblemException.invalid("file", "högst " + MAX_ROWS + " rader / at most " + MAX_ROWS + " rows");
        }
        List<String> unknown = rows.get(0).cells().keySet().stream().filter(c -> !c.isEmpty() && !COLUMNS.contains(c)).toList();
        if (!unknown.isEmpty()) {
            throw ProblemException.invalid("file", "okända kolumner / unknown columns: " + unknown + "; tillåtna / allowed: " + COLUMNS);
        }
        List<PlacementService.Checked> requests = new ArrayList<>();
        List<RowResult> results = new ArrayList<>();
        List<FieldError> all = new ArrayList<>();
        for (SheetRow row : rows) {
            List<FieldError> errors = new ArrayList<>();
            PlacementRequest req = parse(org, row.cells(), errors);
            if (errors.isEmpty()) {
                for (ConstraintViolation<PlacementRequest> v : validator.validate(req)) {
                    errors.add(new FieldError(v.getPropertyPath().toString(), v.getMessage()));
                }
            }
            PlacementService.Checked checked = errors.isEmpty() ? placements.check(req, null, errors) : null;
            requests.add(checked);
            results.add(new RowResult(row.number(), errors.isEmpty() ? "ok" : "error", null, req == null ? null : req.title(), errors));
            errors.forEach(e -> all.add(new FieldError("rows[" + row.number() + "]." + e.field(), e.message())));
        }
        if (!all.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, all.size() + " fel i " + results.stream().filter(r -> !r.errors().isEmpty()).count()
                    + " rader; inget registrerades / errors in rows; nothing was registered", all);
        }
        if (dryRun) {
            return new Report(rows.size(), 0, true, results);
        }
        List<RowResult> created = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            Placement p = placements.create(org, requests.get(i));
            created.add(new RowResult(results.get(i).row(), "created", p.id, p.title, List.of()));
        }
        em.flush();
        return new Report(rows.size(), created.size(), false, created);
    }

    /** A row as a registration request; cells that cannot be read are reported by column name. */
    static PlacementRequest parse(Organisation org, Map<String, String> c, List<FieldError> errors) {
        Integer seats = integer(c, "seats", errors);
        LocalDate start = date(c, "periodstart", "periodStart", errors);
        LocalDate end = date(c, "periodend", "periodEnd", errors);
        BigDecimal hours = null;
        String h = blankToNull(c.get("hoursperweek"));
        if (h != null) {
            try {
                hours = new BigDecimal(h.replace(',', '.'));
            } catch (NumberFormatException e) {
                errors.add(new FieldError("hoursPerWeek", "inte ett tal / not a number: " + h));
            }
        }
        Requirements req = new Requirements(blankToNull(c.get("swedishlevel")), bool(c, "drivinglicence", "requirements.drivingLicence", errors),
                integer(c, "agemin", errors), integer(c, "agemax", errors), blankToNull(c.get("educationlevel")));
        Supervisor sup = new Supervisor(blankToNull(c.get("supervisorname")), blankToNull(c.get("supervisorphone")),
                blankToNull(c.get("supervisoremail")));
        return new PlacementRequest(org.id, blankToNull(c.get("kind")), blankToNull(c.get("title")), blankToNull(c.get("ssyk")),
                blankToNull(c.get("description")), blankToNull(c.get("municipality")), blankToNull(c.get("place")), seats, start, end,
                hours, req, sup, bool(c, "publish", "publish", errors));
    }

    private static Integer integer(Map<String, String> c, String column, List<FieldError> errors) {
        String v = blankToNull(c.get(column));
        if (v == null) {
            return null;
        }
        try {
            return Integer.valueOf(v);
        } catch (NumberFormatException e) {
            String field = switch (column) {
                case "agemin" -> "requirements.ageMin";
                case "agemax" -> "requirements.ageMax";
                default -> column;
            };
            errors.add(new FieldError(field, "inte ett heltal / not a whole number: " + v));
            return null;
        }
    }

    private static LocalDate date(Map<String, String> c, String column, String field, List<FieldError> errors) {
        String v = blankToNull(c.get(column));
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "inte ett datum ÅÅÅÅ-MM-DD / not a date YYYY-MM-DD: " + v));
            return null;
        }
    }

    private static Boolean bool(Map<String, String> c, String column, String field, List<FieldError> errors) {
        String v = blankToNull(c.get(column));
        if (v == null) {
            return false;
        }
        return switch (v.toLowerCase(Locale.ROOT)) {
            case "ja", "yes", "true", "1", "x" -> true;
            case "nej", "no", "false", "0" -> false;
            default -> {
                errors.add(new FieldError(field, "ja eller nej / yes or no: " + v));
                yield false;
            }
        };
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
