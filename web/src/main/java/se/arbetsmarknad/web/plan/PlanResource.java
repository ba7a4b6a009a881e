package se.arbetsmarknad.web.plan;

import java.net.URI;
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
import se.arbetsmarknad.web.clients.ParticipantDtos.FollowUpRequest;
import se.arbetsmarknad.web.clients.ParticipantDtos.Participant;
import se.arbetsmarknad.web.clients.ParticipantDtos.PlanRequest;
import se.arbetsmarknad.web.clients.ParticipantDtos.PlanView;
import se.arbetsmarknad.web.clients.ServiceProblem;
import se.arbetsmarknad.web.errors.Form;
import se.arbetsmarknad.web.errors.FormInput;
import se.arbetsmarknad.web.security.SignedInUser;

/** The plan (planering): every save is a new version; follow-up meetings, a new next follow-up a new version too. */
@Path("/deltagare/{id}")
@RolesAllowed(SignedInUser.CASE_OFFICER)
@Produces(MediaType.TEXT_HTML)
public class PlanResource {

    static final Map<String, String> LABELS = Map.of("goal", "Mål", "steps", "Steg (ett per rad)",
            "nextFollowUp", "Nästa uppföljning", "decidedOn", "Beslutsdag", "heldOn", "Mötesdag", "notes", "Anteckning");

    @Inject
    @RestClient
    ParticipantApi participants;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance plan(Participant participant, Form form, boolean hasPlan);

        static native TemplateInstance followUp(Participant participant, Form form);
    }

    @GET
    @Path("plan")
    public TemplateInstance planForm(@PathParam("id") UUID id) {
        Participant p = participants.participant(id);
        PlanView current = participants.plan(id).current();
        Form form = Form.empty().labels(LABELS);
        if (current != null) {
            form.value("goal", current.goal()).value("steps", String.join("\n", current.steps()))
                    .value("nextFollowUp", current.nextFollowUp()).value("version", current.planVersion());
        }
        return Templates.plan(p, form, current != null);
    }

    @POST
    @Path("plan")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response savePlan(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
        Form form = Form.of(posted).labels(LABELS);
        long version = FormInput.version(form);
        PlanRequest request = new PlanRequest(form.raw("goal"), FormInput.lines(form, "steps"),
                FormInput.date(form, "nextFollowUp"), FormInput.date(form, "decidedOn"));
        if (!form.hasErrors()) {
            try {
                participants.updatePlan(id, version > 0 ? FormInput.ifMatch(version) : null, request);
                return Response.seeOther(URI.create("/deltagare/" + id + "?klart=plan")).build();
            } catch (ServiceProblem p) {
                p.rethrowUnlessAboutTheInput();
                if (p.status() == 412) {
                    PlanView now = participants.plan(id).current();
                    form.value("version", now == null ? null : now.planVersion());
                    form.message("Någon annan har sparat en ny version av planen (nu version " + (now == null ? 0 : now.planVersion())
                            + ") medan du skrev. Din text finns kvar nedan; jämför med planen på deltagarens sida och spara igen.");
                } else {
                    form.fromProblem(p, field -> LABELS.containsKey(field.replaceAll("\\[\\d+]$", ""))
                            ? field.replaceAll("\\[\\d+]$", "") : null);
                }
            }
        }
        return Response.status(422).entity(Templates.plan(participants.participant(id), form, version > 0)).build();
    }

    @GET
    @Path("uppfoljning")
    public TemplateInstance followUpForm(@PathParam("id") UUID id) {
        return Templates.followUp(participants.participant(id), Form.empty().labels(LABELS));
    }

    @POST
    @Path("uppfoljning")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response recordFollowUp(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
        Form form = Form.of(posted).labels(LABELS);
        FollowUpRequest request = new FollowUpRequest(FormInput.date(form, "heldOn"), form.raw("notes"),
                FormInput.date(form, "nextFollowUp"));
        if (request.heldOn() == null && form.error("heldOn") == null) {
            form.error("heldOn", "Ange mötesdagen.");
        }
        if (!form.hasErrors()) {
            try {
                participants.recordFollowUp(id, request);
                return Response.seeOther(URI.create("/deltagare/" + id + "?klart=uppfoljning")).build();
            } catch (ServiceProblem p) {
                p.rethrowUnlessAboutTheInput();
                form.fromProblem(p, field -> LABELS.containsKey(field) ? field : null);
            }
        }
        return Response.status(422).entity(Templates.followUp(participants.participant(id), form)).build();
    }
}
