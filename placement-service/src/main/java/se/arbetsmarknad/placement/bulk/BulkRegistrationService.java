package se.arbetsmarknad.placement.bulk;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.arbetsmarknad.placement.organisation.Organisation;
import se.arbetsmarknad.placement.placement.Placement;
import se.arbetsmarknad.placement.placement.PlacementDtos.PlacementRequest;
import se.arbetsmarknad.placement.placement.PlacementDtos.Requirements;
import se.arbetsmarknad.placement.placement.PlacementDtos.Supervisor;
import se.arbetsmarknad.placement.placement.PlacementService;
import se.arbetsmarknad.platform.problem.Problem.FieldError;
import se.arbetsmarknad.platform.problem.ProblemException;
import se.arbetsmarknad.platform.problem.ProblemType;
import se.arbetsmarknad.platform.sheet.Sheet;
import se.arbetsmarknad.platform.sheet.SheetReader;
import se.arbetsmarknad.platform.sheet.SheetRow;

/**
 * Bulk registration (a förvaltning registers hundreds of summer jobs at once) from a CSV file or an Excel
 * workbook, read by the platform's one sheet reader. Every row is checked with the same rules as a
 * single registration; if any row fails, nothing is written and the answer names each failing row and
 * field. A dry run only reports.
 */
@ApplicationScoped
public class BulkRegistrationService {

    static final int MAX_ROWS = 5000;
    static final List<String> COLUMNS = List.of("kind", "title", "ssyk", "seats", "periodStart", "periodEnd", "municipality",
            "place", "hoursPerWeek", "description", "swedishLevel", "drivingLicence", "ageMin", "ageMax", "educationLevel",
            "supervisorName", "supervisorPhone", "supervisorEmail", "publish");
    /** A column's field in the request, where it is not the column's own name. */
    static final Map<String, String> FIELDS = Map.of("drivingLicence", "requirements.drivingLicence",
            "ageMin", "requirements.ageMin", "ageMax", "requirements.ageMax");

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
    public Report register(UUID organisationId, byte[] file, boolean dryRun) {
        Organisation org = placements.organisationFor(organisationId);
        Sheet sheet = SheetReader.read(file, MAX_ROWS);
        if (sheet.rows().isEmpty()) {
            throw ProblemException.invalid("file", "filen har inga rader / the file has no rows");
        }
        sheet.requireColumns(COLUMNS, List.of(), "file");
        List<PlacementService.Checked> requests = new ArrayList<>();
        List<RowResult> results = new ArrayList<>();
        List<FieldError> all = new ArrayList<>();
        for (SheetRow row : sheet.rows()) {
            PlacementRequest req = parse(org, row);
            List<FieldError> errors = new ArrayList<>(row.errors().stream()
                    .map(e -> new FieldError(FIELDS.getOrDefault(e.column(), e.column()), e.message())).toList());
            if (errors.isEmpty()) {
                for (ConstraintViolation<PlacementRequest> v : validator.validate(req)) {
                    errors.add(new FieldError(v.getPropertyPath().toString(), v.getMessage()));
                }
            }
            PlacementService.Checked checked = errors.isEmpty() ? placements.check(req, null, errors) : null;
            requests.add(checked);
            results.add(new RowResult(row.number(), errors.isEmpty() ? "ok" : "error", null, req.title(), errors));
            errors.forEach(e -> all.add(new FieldError("rows[" + row.number() + "]." + e.field(), e.message())));
        }
        if (!all.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, all.size() + " fel i " + results.stream().filter(r -> !r.errors().isEmpty()).count()
                    + " rader; inget registrerades / errors in rows; nothing was registered", all);
        }
        if (dryRun) {
            return new Report(sheet.rows().size(), 0, true, results);
        }
        List<RowResult> created = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            Placement p = placements.create(org, requests.get(i));
            created.add(new RowResult(results.get(i).row(), "created", p.id, p.title, List.of()));
        }
        em.flush();
        return new Report(sheet.rows().size(), created.size(), false, created);
    }

    /** A row as a registration request; cells that cannot be read are recorded on the row by column. */
    static PlacementRequest parse(Organisation org, SheetRow row) {
        Requirements req = new Requirements(row.text("swedishLevel"), row.bool("drivingLicence"), row.integer("ageMin"),
                row.integer("ageMax"), row.text("educationLevel"));
        Supervisor sup = new Supervisor(row.text("supervisorName"), row.text("supervisorPhone"), row.text("supervisorEmail"));
        return new PlacementRequest(org.id, row.text("kind"), row.text("title"), row.text("ssyk"), row.text("description"),
                row.text("municipality"), row.text("place"), row.integer("seats"), row.date("periodStart"), row.date("periodEnd"),
                row.decimal("hoursPerWeek"), req, sup, Boolean.TRUE.equals(row.bool("publish")));
    }
}
