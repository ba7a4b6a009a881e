package se.arbetsmarknad.web.matching;

import java.net.URI;
import java.util.List;
import java.util.Set;
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
import se.arbetsmarknad.web.clients.ParticipantDtos.Participant;
import se.arbetsmarknad.web.clients.PlacementApi;
import se.arbetsmarknad.web.clients.PlacementDtos.Match;
import se.arbetsmarknad.web.clients.PlacementDtos.Proposal;
import se.arbetsmarknad.web.clients.PlacementDtos.RankedPlacement;
import se.arbetsmarknad.web.clients.ServiceProblem;
import se.arbetsmarknad.web.errors.Form;
import se.arbetsmarknad.web.errors.FormInput;
import se.arbetsmarknad.web.security.SignedInUser;

/**
 * Matching: the open placements ranked for this participant with the reason for every point, "propose",
 * and the proposals' status as the providers answer (the list refreshes itself while any is pending).
 */
@Path("/deltagare/{id}/matchning")
@RolesAllowed(SignedInUser.CASE_OFFICER)
@Produces(MediaType.TEXT_HTML)
public class MatchingResource {

    static final int SHOWN = 20;

    @Inject
    @RestClient
    ParticipantApi participants;
    @Inject
    @RestClient
    PlacementApi placements;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance matching(Participant participant, List<RankedPlacement> ranked, List<Match> matches,
                boolean pending, Form form, String done, boolean showExcluded);

        static native TemplateInstance matching$proposals(Participant participant, List<Match> matches, boolean pending);
    }

    @GET
    public TemplateInstance page(@PathParam("id") UUID id, @QueryParam("klart") String done,
            @QueryParam("visaUteslutna") boolean showExcluded) {
        Participant p = participants.participant(id);
        List<Match> matches = placements.matches(null, id, null);
        return Templates.matching(p, ranked(id, showExcluded), matches, pending(matches), Form.empty(),
                "foreslagen".equals(done) ? "Förslaget är skickat till anordnaren. Statusen uppdateras här när anordnaren svarar." : null,
                showExcluded);
    }

    /** The proposals alone, polled by htmx while one waits for an answer. */
    @GET
    @Path("forslag")
    public TemplateInstance proposals(@PathParam("id") UUID id) {
        List<Match> matches = placements.matches(null, id, null);
        return Templates.matching$proposals(participants.participant(id), matches, pending(matches));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response propose(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
        Form form = Form.of(posted);
        UUID placement = FormInput.uuid(form, "placementId");
        if (placement != null) {
            try {
                placements.propose(new Proposal(placement, id));
                return Response.seeOther(URI.create("/deltagare/" + id + "/matchning?klart=foreslagen")).build();
            } catch (ServiceProblem p) {
                if (p.status() >= 500) {
                    throw p;
                }
                form.message(p.status() == 409 ? "Förslaget gick inte att skicka: " + lowerFirst(p.message())
                        : p.message());
            }
        } else {
            form.message("Välj en plats att föreslå.");
        }
        Participant p = participants.participant(id);
        List<Match> matches = placements.matches(null, id, null);
        return Response.status(422).entity(Templates.matching(p, ranked(id, false), matches, pending(matches), form,
                null, false)).build();
    }

    private List<RankedPlacement> ranked(UUID id, boolean includeExcluded) {
        return placements.rankedPlacements(id, Set.of(), null, includeExcluded, SHOWN);
    }

    private static boolean pending(List<Match> matches) {
        return matches.stream().anyMatch(Match::pending);
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
