package se.arbetsmarknad.web.provider;

import static se.arbetsmarknad.web.clients.Calls.join;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletionStage;

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
import se.arbetsmarknad.web.clients.Page;
import se.arbetsmarknad.web.clients.PlacementApi;
import se.arbetsmarknad.web.clients.PlacementDtos.Match;
import se.arbetsmarknad.web.clients.PlacementDtos.Placement;
import se.arbetsmarknad.web.clients.PlacementDtos.PlacementRequest;
import se.arbetsmarknad.web.clients.PlacementDtos.SsykEntry;
import se.arbetsmarknad.web.clients.ServiceProblem;
import se.arbetsmarknad.web.errors.Form;
import se.arbetsmarknad.web.errors.FormInput;
import se.arbetsmarknad.web.errors.Snapshot;
import se.arbetsmarknad.web.errors.Snapshot.Change;
import se.arbetsmarknad.web.format.Labels;
import se.arbetsmarknad.web.format.Labels.Option;
import se.arbetsmarknad.web.security.SignedInUser;

/**
 * A provider's placements: the list with status and free seats at a glance, register (with SSYK search),
 * edit with optimistic locking, publish and close, and each placement's proposals. placement-service
 * answers only for the provider's own organisation; anything else is 404 there and here.
 */
@Path("/")
@RolesAllowed(SignedInUser.PLACEMENT_PROVIDER)
@Produces(MediaType.TEXT_HTML)
public class PlacementsResource {

    static final int PAGE_SIZE = 25;
    static final Map<String, String> DONE = Map.of(
            "registrerad", "Platsen är registrerad.",
            "publicerad", "Platsen är publicerad och syns nu för handläggarna.",
            "andrad", "Ändringarna är sparade.",
            "stangd", "Platsen är stängd.");

    @Inject
    @RestClient
    PlacementApi placements;

    public record Glance(long open, long draft, long filled, long closed, long pendingProposals) {
    }

    /** The statuses a provider can list on their own (the counts link to them) and the list's heading. */
    static final Map<String, String> STATUSES = Map.of("open", "Öppna platser", "draft", "Utkast", "filled", "Tillsatta platser",
            "closed", "Stängda platser");

    /** Which placements the list shows: all (status null) or those of one status. */
    public record Listing(String status, String heading) {
        static Listing of(String status) {
            return status != null && STATUSES.containsKey(status) ? new Listing(status, STATUSES.get(status)) : new Listing(null, "Platser");
        }

        /** The pager's address up to the page number. */
        public String pagerHref() {
            return status == null ? "/anordnare?sida=" : "/anordnare?status=" + status + "&sida=";
        }
    }

    /** The select lists of the placement form. */
    public record Options(List<Option> kinds, List<Option> swedish, List<Option> education) {
        static Options get() {
            return new Options(Labels.options("placementKind"), Labels.options("requiredSwedish"), Labels.options("requiredEducation"));
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance landing(Glance glance, Page<Placement> page, Listing listing, String done);

        static native TemplateInstance placement(Placement placement, List<Match> matches, String done, Form form);

        static native TemplateInstance edit(Placement placement, Form form, List<Change> changes, Options options);

        static native TemplateInstance ssyk(String query, List<SsykEntry> hits);
    }

    /**
     * The landing page: how many placements of each status and how many proposals wait (totals of one-row pages:
     * nothing more is loaded), and one page of the placements in placement-service's order (period, title), all of
     * them or those of one status (an unknown status lists all).
     */
    @GET
    @Path("anordnare")
    public TemplateInstance landing(@QueryParam("status") String status, @QueryParam("sida") Integer page,
            @QueryParam("klart") String done) {
        int p = page == null || page < 0 ? 0 : page;
        Listing listing = Listing.of(status);
        // Six independent calls, all sent before waiting for any: the page takes as long as the slowest one.
        var shown = placements.placementsAsync(listing.status(), null, null, p, PAGE_SIZE);
        var open = total("open");
        var draft = total("draft");
        var filled = total("filled");
        var closed = total("closed");
        var waiting = placements.matchPageAsync(null, null, "proposed", 1);
        Glance glance = new Glance(join(open), join(draft), join(filled), join(closed), join(waiting).total());
        return Templates.landing(glance, join(shown), listing, done == null ? null : DONE.get(done));
    }

    /** How many placements have the status: the total of a one-row page. */
    private CompletionStage<Long> total(String status) {
        return placements.placementsAsync(status, null, null, 0, 1).thenApply(Page::total);
    }

    @GET
    @Path("platser/ny")
    public TemplateInstance newPlacement() {
        return Templates.edit(null, Form.empty().labels(PlacementForm.LABELS).value("seats", 1), List.of(), Options.get());
    }

    @POST
    @Path("platser/ny")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response register(MultivaluedMap<String, String> posted) {
        Form form = Form.of(posted).labels(PlacementForm.LABELS);
        PlacementRequest request = PlacementForm.read(form, form.checked("publish"));
        if (!form.hasErrors()) {
            try {
                Placement created = placements.register(request);
                return seeOther(created.id(), created.draft() ? "registrerad" : "publicerad");
            } catch (ServiceProblem p) {
                p.rethrowUnlessAboutTheInput();
                form.fromProblem(p, PlacementForm::field);
            }
        }
        return Response.status(422).entity(Templates.edit(null, form, List.of(), Options.get())).build();
    }

    @GET
    @Path("platser/{id}")
    public TemplateInstance placement(@PathParam("id") UUID id, @QueryParam("klart") String done) {
        return Templates.placement(placements.placement(id), placements.matches(id, null, null),
                done == null ? null : DONE.getOrDefault(done, ProposalsResource.DONE.get(done)), Form.empty());
    }

    @GET
    @Path("platser/{id}/andra")
    public TemplateInstance edit(@PathParam("id") UUID id) {
        Placement p = placements.placement(id);
        Form form = PlacementForm.fill(Form.empty().labels(PlacementForm.LABELS), p).value("version", p.version())
                .value(Snapshot.FIELD, PlacementForm.displayed(p).encode());
        return Templates.edit(p, form, List.of(), Options.get());
    }

    @POST
    @Path("platser/{id}/andra")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response change(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
        Form form = Form.of(posted).labels(PlacementForm.LABELS);
        PlacementRequest mine = PlacementForm.read(form, null);
        if (!form.hasErrors()) {
            try {
                placements.change(id, FormInput.ifMatch(FormInput.version(form)), mine);
                return seeOther(id, "andrad");
            } catch (ServiceProblem p) {
                if (p.status() == 412) {
                    return stale(id, form, mine);
                }
                p.rethrowUnlessAboutTheInput();
                form.fromProblem(p, PlacementForm::field);
            }
        }
        return Response.status(422).entity(Templates.edit(placements.placement(id), form, List.of(), Options.get())).build();
    }

    /** Someone saved in between: keep what this user typed, against the current version, and list what changed. */
    private Response stale(UUID id, Form form, PlacementRequest mine) {
        Placement now = placements.placement(id);
        List<Change> changes = Snapshot.decode(form.value(Snapshot.FIELD))
                .changes(PlacementForm.displayed(now), PlacementForm.displayed(mine), PlacementForm.LABELS);
        form.value("version", now.version()).value(Snapshot.FIELD, PlacementForm.displayed(now).encode());
        form.message("Någon annan har ändrat platsen medan du redigerade. Dina ändringar är inte sparade. "
                + "Se vad som ändrats nedan, kontrollera formuläret och spara igen.");
        return Response.status(409).entity(Templates.edit(now, form, changes, Options.get())).build();
    }

    @POST
    @Path("platser/{id}/publicera")
    public Response publish(@PathParam("id") UUID id) {
        return act(id, () -> placements.publish(id), "publicerad");
    }

    @POST
    @Path("platser/{id}/stang")
    public Response close(@PathParam("id") UUID id) {
        return act(id, () -> placements.close(id), "stangd");
    }

    /** SSYK search for the form (htmx): code prefix or part of the name, at most 15 unit groups. */
    @GET
    @Path("platser/ssyk")
    public TemplateInstance ssyk(@QueryParam("yrke") String query) {
        String q = query == null ? "" : query.trim();
        List<SsykEntry> hits = q.length() < 2 ? List.of()
                : placements.ssyk(q.length() > 100 ? q.substring(0, 100) : q, 4).stream().limit(15).toList();
        return Templates.ssyk(q, hits);
    }

    private Response act(UUID id, Runnable call, String done) {
        try {
            call.run();
            return seeOther(id, done);
        } catch (ServiceProblem p) {
            p.rethrowUnlessAboutTheInput();
            Form form = Form.empty().message(p.message());
            return Response.status(409).entity(Templates.placement(placements.placement(id), placements.matches(id, null, null),
                    null, form)).build();
        }
    }


    private static Response seeOther(UUID id, String done) {
        return Response.seeOther(URI.create("/platser/" + id + "?klart=" + done)).build();
    }

}
