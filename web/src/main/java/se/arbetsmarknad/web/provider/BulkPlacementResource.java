package se.arbetsmarknad.web.provider;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Base64;
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
import se.arbetsmarknad.web.errors.RowError;
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
        boolean fragment = "true".equals(htmx);
        if (file == null || file.size() == 0) {
            return outcome(fragment, 422, null, null, List.of(), "Välj en fil att läsa in (CSV eller Excel).");
        }
        if (file.size() > MAX_BYTES) {
            return outcome(fragment, 422, null, null, List.of(), "Filen är större än 2 MB. Dela upp den i flera filer.");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            return outcome(fragment, 422, null, null, List.of(), "Filen gick inte att läsa. Försök igen.");
        }
        String type = typeOf(file.fileName(), bytes);
        return send(fragment, bytes, type, file.fileName(), true);
    }

    @POST
    @Path("registrera")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response register(@RestForm("innehall") String content, @RestForm("typ") String type, @RestForm("filnamn") String filename,
            @HeaderParam("HX-Request") String htmx) {
        boolean fragment = "true".equals(htmx);
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(content == null ? "" : content);
        } catch (IllegalArgumentException e) {
            bytes = new byte[0];
        }
        if (bytes.length == 0 || bytes.length > MAX_BYTES) {
            return outcome(fragment, 422, null, null, List.of(), "Filen kom inte med. Läs in den igen.");
        }
        return send(fragment, bytes, PlacementApi.XLSX.equals(type) ? PlacementApi.XLSX : "text/csv", filename, false);
    }

    private Response send(boolean fragment, byte[] bytes, String type, String filename, boolean dryRun) {
        try {
            BulkReport report = placements.bulk(dryRun, type, bytes);
            return dryRun
                    ? outcome(fragment, 200, new Checked(report, Base64.getEncoder().encodeToString(bytes), type, filename), null, List.of(), null)
                    : outcome(fragment, 200, null, report, List.of(), null);
        } catch (ServiceProblem p) {
            p.rethrowUnlessAboutTheInput();
            List<RowError> errors = RowError.of(p.fieldErrors(), f -> {
                String field = PlacementForm.field(f);
                return field == null ? null : PlacementForm.LABELS.get(field);
            });
            String message = errors.stream().anyMatch(e -> e.row() > 0)
                    ? "Inget är registrerat: " + RowError.rows(errors) + " har fel. Rätta dem i filen och läs in den igen."
                    : p.message();
            return outcome(fragment, 422, null, null, errors.stream().filter(e -> e.row() > 0).toList(), message);
        }
    }

    /** Excel by its name or its zip signature, CSV otherwise. */
    static String typeOf(String filename, byte[] bytes) {
        boolean zip = bytes.length > 3 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
        return zip || (filename != null && filename.toLowerCase().endsWith(".xlsx")) ? PlacementApi.XLSX : "text/csv";
    }

    private static Response outcome(boolean fragment, int status, Checked checked, BulkReport registered, List<RowError> errors,
            String message) {
        TemplateInstance page = fragment ? Templates.bulk$outcome(COLUMNS, checked, registered, errors, message)
                : Templates.bulk(COLUMNS, checked, registered, errors, message);
        return Response.status(status).entity(page).build();
    }
}
