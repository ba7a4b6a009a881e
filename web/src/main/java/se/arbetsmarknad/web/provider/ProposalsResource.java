package se.arbetsmarknad.web.provider;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
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
import se.arbetsmarknad.web.clients.PlacementApi;
import se.arbetsmarknad.web.clients.PlacementDtos.Day;
import se.arbetsmarknad.web.clients.PlacementDtos.Decline;
import se.arbetsmarknad.web.clients.PlacementDtos.End;
import se.arbetsmarknad.web.clients.PlacementDtos.Match;
import se.arbetsmarknad.web.clients.ServiceProblem;
import se.arbetsmarknad.web.errors.Form;
import se.arbetsmarknad.web.errors.FormInput;
import se.arbetsmarknad.web.format.Labels;
import se.arbetsmarknad.web.format.Labels.Option;
import se.arbetsmarknad.web.security.SignedInUser;

/**
 * The proposals for a provider's placements: accept, decline with a reason, mark started and ended. The
 * provider sees what placement-service gives a provider: a pseudonymous participant, the score and its
 * reasons, never a personnummer or a name.
 */
@Path("/anordnare/forslag")
@RolesAllowed(SignedInUser.PLACEMENT_PROVIDER)
@Produces(MediaType.TEXT_HTML)
public class ProposalsResource {

    static final Map<String, String> DONE = Map.of(
            "accepterad", "Förslaget är accepterat. Handläggaren ser det direkt.",
            "avbojd", "Förslaget är avböjt. Handläggaren ser orsaken.",
            "paborjad", "Placeringen är markerad som påbörjad.",
            "avslutad", "Placeringen är markerad som avslutad.");
    /** Where a form may send the user back to: this list or one of the provider's placements (never another site). */
    private static final Pattern BACK = Pattern.compile("/anordnare/forslag|/platser/[0-9a-f-]{36}");

    public enum Action {
        DECLINE("avboj", "Avböj förslaget", "Avböj"),
        START("paborja", "Markera som påbörjad", "Markera som påbörjad"),
        END("avsluta", "Markera som avslutad", "Markera som avslutad");

        public final String segment;
        public final String heading;
        public final String button;

        Action(String segment, String heading, String button) {
            this.segment = segment;
            this.heading = heading;
            this.button = button;
        }

        static Action of(String segment) {
            return Arrays.stream(values()).filter(a -> a.segment.equals(segment)).findFirst().orElseThrow(NotFoundException::new);
        }
    }

    static final Map<String, String> LABELS = Map.of("reason", "Orsak", "on", "Datum");

    @Inject
    @RestClient
    PlacementApi placements;

    /** The proposals by what the provider does next: answer, mark started, mark ended, nothing. */
    public record Group(String id, String heading, String none, List<Match> matches) {
        static List<Group> of(List<Match> all) {
            return List.of(
                    new Group("vantar", "Väntar på ert svar", "Inga förslag väntar på svar.", with(all, Set.of("proposed"))),
                    new Group("accepterade", "Accepterade, inte påbörjade", "Inga.", with(all, Set.of("accepted"))),
                    new Group("pagar", "Pågår", "Inga.", with(all, Set.of("started"))),
                    new Group("klara", "Avböjda och avslutade", "Inga.", with(all, Set.of("declined", "ended"))));
        }

        private static List<Match> with(List<Match> all, Set<String> statuses) {
            return all.stream().filter(m -> statuses.contains(m.status())).toList();
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance proposals(List<Group> groups, String done, Form form);

        static native TemplateInstance answer(Match match, Action action, Form form, List<Option> reasons, String back);
    }

    @GET
    public TemplateInstance list(@QueryParam("klart") String done) {
        return Templates.proposals(Group.of(placements.matches(null, null, null)), done == null ? null : DONE.get(done), Form.empty());
    }

    @POST
    @Path("{id}/acceptera")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response accept(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
        String back = back(posted.getFirst("tillbaka"));
        try {
            placements.accept(id, new Day(null));
            return Response.seeOther(URI.create(back + "?klart=accepterad")).build();
        } catch (ServiceProblem p) {
            p.rethrowUnlessAboutTheInput();
            return Response.status(409).entity(Templates.proposals(Group.of(placements.matches(null, null, null)), null,
                    Form.empty().message("Förslaget gick inte att acceptera: " + p.message()))).build();
        }
    }

    @GET
    @Path("{id}/{action:avboj|paborja|avsluta}")
    public TemplateInstance form(@PathParam("id") UUID id, @PathParam("action") String segment, @QueryParam("tillbaka") String back) {
        Action action = Action.of(segment);
        Form form = Form.empty().labels(LABELS);
        if (action != Action.DECLINE) {
            form.value("on", se.arbetsmarknad.web.format.Today.get());
        }
        return page(placements.match(id), action, form, back(back));
    }

    @POST
    @Path("{id}/{action:avboj|paborja|avsluta}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response answer(@PathParam("id") UUID id, @PathParam("action") String segment, MultivaluedMap<String, String> posted) {
        Action action = Action.of(segment);
        Form form = Form.of(posted).labels(LABELS);
        String back = back(form.raw("tillbaka"));
        var on = FormInput.date(form, "on");
        if (action == Action.DECLINE && form.raw("reason") == null) {
            form.error("reason", "Välj en orsak.");
        }
        if (!form.hasErrors()) {
            try {
                switch (action) {
                    case DECLINE -> placements.decline(id, new Decline(form.raw("reason")));
                    case START -> placements.start(id, new Day(on));
                    case END -> placements.end(id, new End(form.raw("reason"), on));
                }
                String done = switch (action) {
                    case DECLINE -> "avbojd";
                    case START -> "paborjad";
                    case END -> "avslutad";
                };
                return Response.seeOther(URI.create(back + "?klart=" + done)).build();
            } catch (ServiceProblem p) {
                p.rethrowUnlessAboutTheInput();
                form.fromProblem(p, field -> LABELS.containsKey(field) ? field : null);
            }
        }
        return Response.status(422).entity(page(placements.match(id), action, form, back)).build();
    }

    private static TemplateInstance page(Match match, Action action, Form form, String back) {
        List<Option> reasons = action == Action.DECLINE ? Labels.options("declineReason")
                : action == Action.END ? Labels.options("matchEnd") : List.of();
        return Templates.answer(match, action, form, reasons, back);
    }

    static String back(String requested) {
        return requested != null && BACK.matcher(requested).matches() ? requested : "/anordnare/forslag";
    }
}
