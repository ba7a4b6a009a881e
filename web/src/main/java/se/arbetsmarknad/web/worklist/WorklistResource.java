package se.arbetsmarknad.web.worklist;

import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import se.arbetsmarknad.web.clients.Page;
import se.arbetsmarknad.web.clients.ParticipantApi;
import se.arbetsmarknad.web.clients.ParticipantDtos.WorklistRow;
import se.arbetsmarknad.web.security.SignedInUser;

/**
 * The case officer's landing page (each worklist with its count and first rows) and one worklist as a
 * sortable, filterable, paged table. htmx swaps only the table when sorting, filtering or paging.
 */
@Path("/")
@RolesAllowed(SignedInUser.CASE_OFFICER)
@Produces(MediaType.TEXT_HTML)
public class WorklistResource {

    static final int PAGE_SIZE = 25;

    @Inject
    WorklistService worklists;
    @Inject
    SignedInUser user;
    @Inject
    @RestClient
    ParticipantApi participants;

    public record Section(Worklist list, WorklistQuery query, Page<WorklistRow> rows) {
    }

    /** A worklist on the landing page: its count only (the rows are one click away, paged). */
    public record Count(Worklist list, long total) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance landing(List<Count> counts);

        static native TemplateInstance list(Section section);

        static native TemplateInstance list$table(Section section);
    }

    /**
     * The landing page: how many of the officer's own participants each list holds, in one call that reads no
     * personal data (before: five list calls and 25 audited reads per view).
     */
    @GET
    @Path("handlaggare")
    public TemplateInstance landing() {
        Map<String, Long> counts = participants.worklistCounts(user.username());
        return Templates.landing(java.util.Arrays.stream(Worklist.values())
                .map(w -> new Count(w, counts.getOrDefault(w.slug, 0L))).toList());
    }

    @GET
    @Path("arbetslistor/{list}")
    public TemplateInstance list(@PathParam("list") String slug, @QueryParam("visa") String scope,
            @QueryParam("status") String status, @QueryParam("kon") String gender, @QueryParam("sort") String sort,
            @QueryParam("dir") String dir, @QueryParam("sida") Integer page, @HeaderParam("HX-Request") String htmx,
            @HeaderParam("HX-Target") String target) {
        Worklist list = Worklist.of(slug).orElseThrow(NotFoundException::new);
        WorklistQuery query = WorklistQuery.of(scope, status, gender, sort, dir, page);
        Section section = new Section(list, query, worklists.page(list, query, PAGE_SIZE).toCompletableFuture().join());
        return "true".equals(htmx) && "lista".equals(target) ? Templates.list$table(section) : Templates.list(section);
    }
}
