package se.arbetsmarknad.web.participant;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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
import se.arbetsmarknad.web.clients.ParticipantApi;
import se.arbetsmarknad.web.clients.ParticipantDtos.BulkResult;
import se.arbetsmarknad.web.clients.ServiceProblem;
import se.arbetsmarknad.web.errors.FileRefusal;
import se.arbetsmarknad.web.errors.RowError;
import se.arbetsmarknad.web.security.SignedInUser;

/**
 * Bulk enrolment from a referral list (CSV, as Excel saves it). participant-service checks every row first
 * and writes nothing when one fails; this page then lists each row's errors in Swedish. The upload's
 * progress shows while the file is sent (htmx progress events, static/app.js).
 */
@Path("/deltagare/fil")
@RolesAllowed(SignedInUser.CASE_OFFICER)
@Produces(MediaType.TEXT_HTML)
public class BulkEnrolResource {

    static final long MAX_BYTES = 2_000_000;

    @Inject
    @RestClient
    ParticipantApi participants;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance bulk(BulkResult result, List<RowError> errors, String message);

        static native TemplateInstance bulk$outcome(BulkResult result, List<RowError> errors, String message);
    }

    @GET
    public TemplateInstance form() {
        return Templates.bulk(null, List.of(), null);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@RestForm("fil") FileUpload file, @jakarta.ws.rs.HeaderParam("HX-Request") String htmx) {
        boolean fragment = "true".equals(htmx);
        if (file == null || file.size() == 0) {
            return answer(fragment, 422, null, List.of(), "Välj en CSV-fil att läsa in.");
        }
        if (file.size() > MAX_BYTES) {
            return answer(fragment, 422, null, List.of(), "Filen är större än 2 MB. Dela upp den i flera filer.");
        }
        String csv;
        try {
            csv = Files.readString(file.uploadedFile(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return answer(fragment, 422, null, List.of(), "Filen gick inte att läsa. Spara den som CSV (UTF-8) och försök igen.");
        }
        try {
            BulkResult result = participants.bulkEnrol(csv);
            return answer(fragment, 200, result, List.of(), null);
        } catch (ServiceProblem p) {
            FileRefusal refusal = FileRefusal.of(p, BulkEnrolResource::label, "Inget är inskrivet");
            return answer(fragment, 422, null, refusal.rows(), refusal.message());
        }
    }

    /** "attributes.firstName" → the form's label of that field. */
    static String label(String field) {
        return AttributesForm.LABELS.get(field.replaceFirst("^attributes\\.", ""));
    }

    private static Response answer(boolean fragment, int status, BulkResult result, List<RowError> errors, String message) {
        TemplateInstance page = fragment ? Templates.bulk$outcome(result, errors, message) : Templates.bulk(result, errors, message);
        return Response.status(status).entity(page).build();
    }
}
