package se.arbetsmarknad.web.intervention;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import se.arbetsmarknad.web.clients.ParticipantApi;
import se.arbetsmarknad.web.clients.ParticipantDtos.DateOn;
import se.arbetsmarknad.web.clients.ParticipantDtos.EndIntervention;
import se.arbetsmarknad.web.clients.ParticipantDtos.InterventionKind;
import se.arbetsmarknad.web.clients.ParticipantDtos.Participant;
import se.arbetsmarknad.web.clients.ParticipantDtos.StartIntervention;
import se.arbetsmarknad.web.clients.ReferenceData;
import se.arbetsmarknad.web.clients.ServiceProblem;
import se.arbetsmarknad.web.errors.Form;
import se.arbetsmarknad.web.errors.FormInput;
import se.arbetsmarknad.web.security.SignedInUser;

/** Interventions (insatser) started and ended, and project memberships joined and left. */
@Path("/deltagare/{id}")
@RolesAllowed(SignedInUser.CASE_OFFICER)
@Produces(MediaType.TEXT_HTML)
public class InterventionResource {

    static final Map<String, String> LABELS = Map.of("kind", "Insats", "startedOn", "Startdag", "plannedEndOn",
            "Planerat slut", "endedOn", "Slutdag", "project", "Projekt", "on", "Datum");

    @Inject
    @RestClient
    ParticipantApi participants;
    @Inject
    ReferenceData reference;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance start(Participant participant, Form form, List<InterventionKind> kinds);

        static native TemplateInstance project(Participant participant, Form form, ReferenceData ref);
    }

    @GET
    @Path("insatser/ny")
    public TemplateInstance startForm(@PathParam("id") UUID id) {
        return Templates.start(participants.participant(id), Form.empty().labels(LABELS), activeKinds());
    }

    @POST
    @Path("insatser")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response start(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
        Form form = Form.of(posted).labels(LABELS);
        StartIntervention request = new StartIntervention(form.raw("kind"), FormInput.date(form, "startedOn"),
                FormInput.date(form, "plannedEndOn"), null);
        if (request.kind() == null) {
            form.error("kind", "Välj en insats.");
        }
        if (request.startedOn() == null && form.error("startedOn") == null) {
            form.error("startedOn", "Ange startdagen.");
        }
        if (!form.hasErrors()) {
            try {
                participants.startIntervention(id, request);
                return Response.seeOther(URI.create("/deltagare/" + id + "?klart=insats")).build();
            } catch (ServiceProblem p) {
                p.rethrowUnlessAboutTheInput();
                form.fromProblem(p, field -> LABELS.containsKey(field) ? field : null);
            }
        }
        return Response.status(422).entity(Templates.start(participants.participant(id), form, activeKinds())).build();
    }

    @POST
    @Path("insatser/{iid}/avsluta")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response end(@PathParam("id") UUID id, @PathParam("iid") UUID interventionId, MultivaluedMap<String, String> posted) {
        Form form = Form.of(posted).labels(LABELS);
        var endedOn = FormInput.date(form, "endedOn");
        if (endedOn == null) {
            throw new ServiceProblem("web", 400, "Ange slutdagen som ÅÅÅÅ-MM-DD.", Map.of());
        }
        participants.endIntervention(id, interventionId, new EndIntervention(endedOn));
        return Response.seeOther(URI.create("/deltagare/" + id + "?klart=insats-avslutad")).build();
    }

    @GET
    @Path("projekt")
    public TemplateInstance projectForm(@PathParam("id") UUID id) {
        return Templates.project(participants.participant(id), Form.empty().labels(LABELS), reference);
    }

    @POST
    @Path("projekt")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response join(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
        Form form = Form.of(posted).labels(LABELS);
        var on = FormInput.date(form, "on");
        if (form.raw("project") == null) {
            form.error("project", "Välj ett projekt.");
        }
        if (on == null && form.error("on") == null) {
            form.error("on", "Ange dagen.");
        }
        if (!form.hasErrors()) {
            try {
                participants.joinProject(id, form.raw("project"), new DateOn(on));
                return Response.seeOther(URI.create("/deltagare/" + id + "?klart=projekt")).build();
            } catch (ServiceProblem p) {
                p.rethrowUnlessAboutTheInput();
                form.fromProblem(p, field -> LABELS.containsKey(field) ? field : null);
            }
        }
        return Response.status(422).entity(Templates.project(participants.participant(id), form, reference)).build();
    }

    @POST
    @Path("projekt/{code}/lamna")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response leave(@PathParam("id") UUID id, @PathParam("code") String code, MultivaluedMap<String, String> posted) {
        Form form = Form.of(posted);
        var on = FormInput.date(form, "on");
        participants.leaveProject(id, code, new DateOn(on == null ? se.arbetsmarknad.web.format.Today.get() : on));
        return Response.seeOther(URI.create("/deltagare/" + id + "?klart=projekt-lamnat")).build();
    }

    private List<InterventionKind> activeKinds() {
        return reference.interventionKinds().stream().filter(InterventionKind::active).toList();
    }
}
