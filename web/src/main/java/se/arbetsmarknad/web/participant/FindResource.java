package se.arbetsmarknad.web.participant;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import se.arbetsmarknad.web.clients.ParticipantApi;
import se.arbetsmarknad.web.clients.ParticipantDtos.Participant;
import se.arbetsmarknad.web.clients.ParticipantDtos.SearchRequest;
import se.arbetsmarknad.web.clients.ServiceProblem;
import se.arbetsmarknad.web.errors.Form;
import se.arbetsmarknad.web.security.SignedInUser;

/**
 * Find a person by personnummer. The number is posted and sent to the service in a request body, never
 * in an address (addresses end up in logs and browser history).
 */
@Path("/deltagare/sok")
@RolesAllowed(SignedInUser.CASE_OFFICER)
@Produces(MediaType.TEXT_HTML)
public class FindResource {

    @Inject
    @RestClient
    ParticipantApi participants;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance find(Form form, boolean notFound);
    }

    @GET
    public TemplateInstance form() {
        return Templates.find(labelled(Form.empty()), false);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response search(MultivaluedMap<String, String> posted) {
        Form form = labelled(Form.of(posted));
        if (form.raw("personnummer") == null) {
            form.error("personnummer", "Ange personnummer eller samordningsnummer.");
            return Response.status(422).entity(Templates.find(form, false)).build();
        }
        try {
            Participant found = participants.search(new SearchRequest(form.raw("personnummer")));
            return Response.seeOther(URI.create("/deltagare/" + found.id())).build();
        } catch (ServiceProblem p) {
            if (p.notFound()) {
                return Response.ok(Templates.find(form, true)).build();
            }
            form.fromProblem(p, path -> path.equals("personnummer") ? "personnummer" : null);
            return Response.status(422).entity(Templates.find(form, false)).build();
        }
    }

    private static Form labelled(Form form) {
        return form.labels(AttributesForm.LABELS);
    }
}
