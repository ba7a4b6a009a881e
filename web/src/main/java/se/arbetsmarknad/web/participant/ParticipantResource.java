package se.arbetsmarknad.web.participant;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import se.arbetsmarknad.web.clients.ParticipantApi;
import se.arbetsmarknad.web.clients.ParticipantDtos.Attributes;
import se.arbetsmarknad.web.clients.ParticipantDtos.Participant;
import se.arbetsmarknad.web.clients.ReferenceData;
import se.arbetsmarknad.web.clients.ServiceProblem;
import se.arbetsmarknad.web.errors.Form;
import se.arbetsmarknad.web.errors.FormInput;
import se.arbetsmarknad.web.errors.Snapshot;
import se.arbetsmarknad.web.errors.Snapshot.Change;
import se.arbetsmarknad.web.participant.ParticipantOverview.Overview;
import se.arbetsmarknad.web.security.SignedInUser;

/**
 * The participant's page (attributes, enrolment history, plan, interventions, projects, proposals) and the
 * edit of the attributes with optimistic locking: a stale edit says so and shows what the other person changed.
 */
@Path("/deltagare/{id}")
@RolesAllowed(SignedInUser.CASE_OFFICER)
@Produces(MediaType.TEXT_HTML)
public class ParticipantResource {

    /** Confirmations after a redirect: fixed texts by key, so no user data travels in the address. */
    static final Map<String, String> DONE = Map.ofEntries(
            Map.entry("inskriven", "Deltagaren är inskriven."),
            Map.entry("ateraktualiserad", "Deltagaren hade varit inskriven förut och är nu återaktualiserad."),
            Map.entry("uppgifter", "Uppgifterna är sparade."),
            Map.entry("plan", "En ny version av planen är sparad."),
            Map.entry("uppfoljning", "Uppföljningen är registrerad."),
            Map.entry("insats", "Insatsen är startad."),
            Map.entry("insats-avslutad", "Insatsen är avslutad."),
            Map.entry("projekt", "Deltagaren är med i projektet."),
            Map.entry("projekt-lamnat", "Deltagaren har lämnat projektet."),
            Map.entry("pausad", "Inskrivningen är pausad."),
            Map.entry("aterupptagen", "Inskrivningen är återupptagen."),
            Map.entry("flyttad", "Deltagaren är flyttad."),
            Map.entry("avslutad", "Inskrivningen är avslutad. Pågående insatser avslutades samma dag."),
            Map.entry("ateroppnad", "Deltagaren är återaktualiserad med en ny inskrivning."),
            Map.entry("foreslagen", "Förslaget är skickat till anordnaren."));

    @Inject
    ParticipantOverview overview;
    @Inject
    @RestClient
    ParticipantApi participants;
    @Inject
    ReferenceData reference;
    @Inject
    SignedInUser user;

    public record View(Overview o, ReferenceData ref, String done, SignedInUser user) {
        public boolean responsible() {
            return o.participant().enrolment() != null && user.username().equals(o.participant().enrolment().officer());
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance participant(View view);

        static native TemplateInstance attributes(Participant participant, Form form, List<Change> changes,
                EnrolResource.Options options);
    }

    @GET
    public TemplateInstance page(@PathParam("id") UUID id, @QueryParam("klart") String done) {
        Overview o = overview.load(id);
        return Templates.participant(new View(o, reference, done == null ? null : DONE.get(done), user));
    }

    @GET
    @Path("uppgifter")
    public TemplateInstance editAttributes(@PathParam("id") UUID id) {
        Participant p = participants.participant(id);
        Form form = AttributesForm.fill(Form.empty().labels(AttributesForm.LABELS), p.attributes()).value("version", p.version())
                .value(Snapshot.FIELD, AttributesForm.displayed(p.attributes()).encode());
        return Templates.attributes(p, form, List.of(), EnrolResource.Options.get());
    }

    @POST
    @Path("uppgifter")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveAttributes(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
        Form form = Form.of(posted).labels(AttributesForm.LABELS);
        Attributes mine = AttributesForm.read(form);
        long version = FormInput.version(form);
        if (form.hasErrors()) {
            return Response.status(422).entity(Templates.attributes(participants.participant(id), form, List.of(),
                    EnrolResource.Options.get())).build();
        }
        try {
            participants.updateAttributes(id, FormInput.ifMatch(version), mine);
            return Response.seeOther(URI.create("/deltagare/" + id + "?klart=uppgifter")).build();
        } catch (ServiceProblem p) {
            if (p.status() == 412) {
                return stale(id, form, mine);
            }
            p.rethrowUnlessAboutTheInput();
            form.fromProblem(p, AttributesForm::field);
            return Response.status(422).entity(Templates.attributes(participants.participant(id), form, List.of(),
                    EnrolResource.Options.get())).build();
        }
    }

    /**
     * Someone saved in between. The form keeps what this user typed, now against the current version, and
     * lists each attribute the other person changed with its new value, so nothing is overwritten unseen.
     */
    private Response stale(UUID id, Form form, Attributes mine) {
        Participant now = participants.participant(id);
        List<Change> changes = AttributesForm.changes(Snapshot.decode(form.value(Snapshot.FIELD)), now.attributes(), mine);
        form.value("version", now.version()).value(Snapshot.FIELD, AttributesForm.displayed(now.attributes()).encode());
        form.message("Någon annan har ändrat uppgifterna medan du redigerade. Dina ändringar är inte sparade. "
                + "Se vad som ändrats nedan, kontrollera formuläret och spara igen.");
        return Response.status(409).entity(Templates.attributes(now, form, changes, EnrolResource.Options.get())).build();
    }
}
