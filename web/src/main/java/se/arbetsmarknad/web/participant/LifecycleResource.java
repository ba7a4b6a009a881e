package se.arbetsmarknad.web.participant;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
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
import se.arbetsmarknad.web.clients.ParticipantDtos.DateRequest;
import se.arbetsmarknad.web.clients.ParticipantDtos.ExitRequest;
import se.arbetsmarknad.web.clients.ParticipantDtos.Participant;
import se.arbetsmarknad.web.clients.ParticipantDtos.ReopenRequest;
import se.arbetsmarknad.web.clients.ParticipantDtos.TransferRequest;
import se.arbetsmarknad.web.clients.ServiceProblem;
import se.arbetsmarknad.web.errors.Form;
import se.arbetsmarknad.web.errors.FormInput;
import se.arbetsmarknad.web.format.Labels;
import se.arbetsmarknad.web.format.Labels.Option;
import se.arbetsmarknad.web.security.SignedInUser;

/**
 * The enrolment's course: pause, resume, transfer, exit with a reason, re-open. Each is a dialog on the
 * participant page; when the service refuses, the same form comes back as its own page with the errors.
 */
@Path("/deltagare/{id}")
@RolesAllowed(SignedInUser.CASE_OFFICER)
@Produces(MediaType.TEXT_HTML)
public class LifecycleResource {

    /** The actions, their address segment, heading and button. */
    public enum Action {
        PAUSE("pausa", "Pausa inskrivningen", "Pausa", "pausad"),
        RESUME("ateruppta", "Återuppta inskrivningen", "Återuppta", "aterupptagen"),
        TRANSFER("flytta", "Flytta till en annan handläggare", "Flytta", "flyttad"),
        EXIT("avsluta", "Avsluta inskrivningen", "Avsluta inskrivningen", "avslutad"),
        REOPEN("ateraktualisera", "Återaktualisera", "Återaktualisera", "ateroppnad");

        public final String segment;
        public final String heading;
        public final String button;
        final String done;

        Action(String segment, String heading, String button, String done) {
            this.segment = segment;
            this.heading = heading;
            this.button = button;
            this.done = done;
        }

        static Action of(String segment) {
            return Arrays.stream(values()).filter(a -> a.segment.equals(segment)).findFirst().orElseThrow(NotFoundException::new);
        }
    }

    static final Map<String, String> LABELS = Map.of("on", "Datum", "reason", "Avslutsorsak", "comment", "Kommentar",
            "toOfficer", "Ny handläggare (användarnamn)", "toUnit", "Ny enhet");

    @Inject
    @RestClient
    ParticipantApi participants;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance lifecycle(Participant participant, Action action, Form form, List<Option> reasons,
                List<Option> units);
    }

    @GET
    @Path("{action:pausa|ateruppta|flytta|avsluta|ateraktualisera}")
    public TemplateInstance form(@PathParam("id") UUID id, @PathParam("action") String segment) {
        return page(participants.participant(id), Action.of(segment), Form.empty().labels(LABELS));
    }

    @POST
    @Path("{action:pausa|ateruppta|flytta|avsluta|ateraktualisera}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response act(@PathParam("id") UUID id, @PathParam("action") String segment, MultivaluedMap<String, String> posted) {
        Action action = Action.of(segment);
        Form form = Form.of(posted).labels(LABELS);
        var on = FormInput.date(form, "on");
        if (action == Action.EXIT && form.raw("reason") == null) {
            form.error("reason", "Välj en avslutsorsak.");
        }
        if (action == Action.TRANSFER && form.raw("toOfficer") == null) {
            form.error("toOfficer", "Ange den nya handläggarens användarnamn.");
        }
        if (form.hasErrors()) {
            return Response.status(422).entity(page(participants.participant(id), action, form)).build();
        }
        try {
            switch (action) {
                case PAUSE -> participants.pause(id, new DateRequest(on));
                case RESUME -> participants.resume(id, new DateRequest(on));
                case TRANSFER -> participants.transfer(id, new TransferRequest(form.raw("toUnit"), form.raw("toOfficer"), on));
                case EXIT -> participants.exit(id, new ExitRequest(on, form.raw("reason"), form.raw("comment")));
                case REOPEN -> participants.reopen(id, new ReopenRequest(on, null, null));
            }
            return Response.seeOther(URI.create("/deltagare/" + id + "?klart=" + action.done)).build();
        } catch (ServiceProblem p) {
            p.rethrowUnlessAboutTheInput();
            form.fromProblem(p, field -> LABELS.containsKey(field) ? field : null);
            return Response.status(422).entity(page(participants.participant(id), action, form)).build();
        }
    }

    private static TemplateInstance page(Participant p, Action action, Form form) {
        return Templates.lifecycle(p, action, form, Labels.options("exitReason"), Labels.options("unit"));
    }
}
