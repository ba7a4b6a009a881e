package se.arbetsmarknad.web.participant;

import java.net.URI;
import java.util.List;

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
import se.arbetsmarknad.web.clients.ParticipantDtos.EnrolRequest;
import se.arbetsmarknad.web.clients.ParticipantDtos.EnrolResult;
import se.arbetsmarknad.web.clients.ServiceProblem;
import se.arbetsmarknad.web.errors.Form;
import se.arbetsmarknad.web.errors.FormInput;
import se.arbetsmarknad.web.format.Labels;
import se.arbetsmarknad.web.format.Labels.Option;
import se.arbetsmarknad.web.security.SignedInUser;

/** Enrolment (inskrivning): the whole form; the service's validation messages appear at their fields. */
@Path("/deltagare/ny")
@RolesAllowed(SignedInUser.CASE_OFFICER)
@Produces(MediaType.TEXT_HTML)
public class EnrolResource {

    @Inject
    @RestClient
    ParticipantApi participants;

    public record Options(List<Option> genders, List<Option> education, List<Option> swedish, List<Option> referral) {
        static Options get() {
            return new Options(Labels.options("gender"), Labels.options("education"), Labels.options("swedish"),
                    Labels.options("referral"));
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance enrol(Form form, Options options);
    }

    @GET
    public TemplateInstance form() {
        return Templates.enrol(Form.empty().labels(AttributesForm.LABELS), Options.get());
    }

    /** From the search page: the enrolment form with the number that was not found (posted, not in the address). */
    @POST
    @Path("forifyll")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public TemplateInstance prefilled(MultivaluedMap<String, String> posted) {
        Form form = Form.empty().labels(AttributesForm.LABELS).value("personnummer", Form.of(posted).raw("personnummer"));
        return Templates.enrol(form, Options.get());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response enrol(MultivaluedMap<String, String> posted) {
        Form form = Form.of(posted).labels(AttributesForm.LABELS);
        EnrolRequest request = new EnrolRequest(form.raw("personnummer"), null, null, FormInput.date(form, "enrolledOn"),
                AttributesForm.read(form));
        if (form.hasErrors()) {
            return Response.status(422).entity(Templates.enrol(form, Options.get())).build();
        }
        try {
            EnrolResult result = participants.enrol(request);
            String done = result.reopened() ? "ateraktualiserad" : "inskriven";
            return Response.seeOther(URI.create("/deltagare/" + result.participantId() + "?klart=" + done)).build();
        } catch (ServiceProblem p) {
            if (p.status() >= 500) {
                throw p;
            }
            form.fromProblem(p, AttributesForm::field);
            return Response.status(422).entity(Templates.enrol(form, Options.get())).build();
        }
    }
}
