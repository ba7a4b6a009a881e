package se.arbetsmarknad.web.provider;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import se.arbetsmarknad.web.clients.PlacementApi;
import se.arbetsmarknad.web.clients.PlacementDtos.BulkReport;
import se.arbetsmarknad.web.clients.ServiceProblem;
import se.arbetsmarknad.web.errors.FileRefusal;
import se.arbetsmarknad.web.errors.RowError;
import se.arbetsmarknad.web.errors.SheetUpload;
import se.arbetsmarknad.web.security.SignedInUser;

/**
 * Bulk registration from CSV or Excel (a förvaltning's hundreds of feriepraktik places). Two steps:
 * the upload is checked by placement-service as a dry run and every row is reported before anything is
 * written; "register all" then sends the same file for real (all or nothing). The file travels back in
 * the report page's form, so no replica has to keep it. Upload progress shows while the file is sent,
 * and a progress bar while placement-service registers.
 */
@Path("/platser/fil")
@RolesAllowed(SignedInUser.PLACEMENT_PROVIDER)
@Produces(MediaType.TEXT_HTML)
public class BulkPlacementResource {

    static final long MAX_BYTES = 2_000_000;
    /** The columns placement-service reads, in the order the template file has them. */
    static final List<String> COLUMNS = List.of("kind", "title", "ssyk", "seats", "periodStart", "periodEnd", "municipality",
            "place", "hoursPerWeek", "description", "swedishLevel", "drivingLicence", "ageMin", "ageMax", "educationLevel",
            "supervisorName", "supervisorPhone", "supervisorEmail", "publish");

    @Inject
    @RestClient
    PlacementApi placements;

    /** The checked file, ready to be registered: its content (base64) and type go back with the confirmation. */
    public record Checked(BulkReport report, String content, String type, String filename) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance bulk(List<String> columns, Checked checked, BulkReport registered, List<RowError> errors,
                String message);

        static native TemplateInstance bulk$outcome(List<String> columns, Checked checked, BulkReport registered,
                List<RowError> errors, String message);
    }

    @GET
    public TemplateInstance form() {
        return Templates.bulk(COLUMNS, null, null, List.of(), null);
    }

    /** The header row as a CSV file to fill in (semicolon, as Swedish Excel saves it). */
    @GET
    @Path("mall.csv")
    @Produces("text/csv")
    public Response template() {
        return Response.ok("\uFEFF" + String.join(";", COLUMNS) + "\r\n", "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"platser-mall.csv\"").build();
    }

    @POST
    @Path("kontroll")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response check(@RestForm("fil") FileUpload file, @HeaderParam("HX-Request") String htmx) {
        return send("true".equals(htmx), SheetUpload.fromForm(file, MAX_BYTES), true);
    }

    @POST
    @Path("registrera")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response register(@RestForm("innehall") String content, @RestForm("typ") String type, @RestForm("filnamn") String filename,
            @HeaderParam("HX-Request") String htmx) {
        return send("true".equals(htmx), SheetUpload.fromConfirmation(content, type, filename, MAX_BYTES), false);
    }

    private Response send(boolean fragment, SheetUpload.Read read, boolean dryRun) {
        if (read.problem() != null) {
            return outcome(fragment, 422, null, null, List.of(), read.problem());
        }
        SheetUpload file = read.upload();
        try {
            BulkReport report = placements.bulk(dryRun, file.type(), file.bytes());
            return dryRun
                    ? outcome(fragment, 200, new Checked(report, file.content(), file.type(), file.filename()), null, List.of(), null)
                    : outcome(fragment, 200, null, report, List.of(), null);
        } catch (ServiceProblem p) {
            FileRefusal refusal = FileRefusal.of(p, f -> {
                String field = PlacementForm.field(f);
                return field == null ? null : PlacementForm.LABELS.get(field);
            }, "Inget är registrerat");
            return outcome(fragment, 422, null, null, refusal.rows(), refusal.message());
        }
    }

    private static Response outcome(boolean fragment, int status, Checked checked, BulkReport registered, List<RowError> errors,
            String message) {
        TemplateInstance page = fragment ? Templates.bulk$outcome(COLUMNS, checked, registered, errors, message)
                : Templates.bulk(COLUMNS, checked, registered, errors, message);
        return Response.status(status).entity(page).build();
    }
}
