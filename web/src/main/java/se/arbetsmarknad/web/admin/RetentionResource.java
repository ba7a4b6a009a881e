package se.arbetsmarknad.web.admin;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import se.arbetsmarknad.web.clients.AdminDtos.RetentionPreview;
import se.arbetsmarknad.web.clients.ParticipantApi;
import se.arbetsmarknad.web.clients.ServiceProblem;
import se.arbetsmarknad.web.security.SignedInUser;

/**
 * Retention (gallring): first what a run today would erase (participant-service's preview, pseudonymous),
 * then "run now" behind a confirmation; the daily job does the same with the same rule.
 */
@Path("/admin/gallring")
@RolesAllowed(SignedInUser.ADMIN)
@Produces(MediaType.TEXT_HTML)
public class RetentionResource {

    static final int PAGE_SIZE = 50;

    @Inject
    @RestClient
    ParticipantApi participants;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance retention(RetentionPreview preview, String done, String problem);
    }

    @GET
    public TemplateInstance preview(@QueryParam("sida") Integer page, @QueryParam("gallrade") Integer erased) {
        String done = erased == null ? null : erased == 0 ? "Gallringen är körd. Ingen deltagare behövde gallras."
                : "Gallringen är körd: " + erased + (erased == 1 ? " deltagare" : " deltagare") + " gallrades.";
        return Templates.retention(participants.retentionPreview(page == null || page < 0 ? 0 : page, PAGE_SIZE), done, null);
    }

    @POST
    public Response run() {
        try {
            int erased = participants.runRetention().erased();
            return Response.seeOther(URI.create("/admin/gallring?gallrade=" + erased)).build();
        } catch (ServiceProblem p) {
            if (p.status() != 409) {
                throw p;
            }
            return Response.status(409).entity(Templates.retention(participants.retentionPreview(0, PAGE_SIZE), null,
                    "En gallring pågår redan. Vänta en stund och ladda om sidan.")).build();
        }
    }
}
