package se.arbetsmarknad.web.clients;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletionStage;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.quarkus.oidc.token.propagation.common.AccessToken;
import se.arbetsmarknad.web.clients.PlacementDtos.Day;
import se.arbetsmarknad.web.clients.PlacementDtos.BulkReport;
import se.arbetsmarknad.web.clients.PlacementDtos.Decline;
import se.arbetsmarknad.web.clients.PlacementDtos.End;
import se.arbetsmarknad.web.clients.PlacementDtos.Match;
import se.arbetsmarknad.web.clients.PlacementDtos.PlacementRequest;
import se.arbetsmarknad.web.clients.PlacementDtos.QuotaRule;
import se.arbetsmarknad.web.clients.PlacementDtos.QuotaRuleChange;
import se.arbetsmarknad.web.clients.PlacementDtos.SsykEntry;
import se.arbetsmarknad.web.clients.PlacementDtos.Placement;
import se.arbetsmarknad.web.clients.PlacementDtos.Proposal;
import se.arbetsmarknad.web.clients.PlacementDtos.RankedPlacement;

/** placement-service with the user's own token: placements, matching and the proposal lifecycle. */
@RegisterRestClient(configKey = "placement")
@RegisterProvider(ProblemResponseMapper.class)
@AccessToken
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Path("/api")
public interface PlacementApi {

    @GET
    @Path("matching/participants/{id}/placements")
    List<RankedPlacement> rankedPlacements(@PathParam("id") UUID participantId, @QueryParam("kinds") Set<String> kinds,
            @QueryParam("place") String place, @QueryParam("includeExcluded") boolean includeExcluded,
            @QueryParam("limit") int limit);

    /** The first page (up to 500) of matches: placement-service answers lists in the suite's paging envelope. */
    @GET
    @Path("matches")
    Page<Match> matchPage(@QueryParam("placementId") UUID placementId, @QueryParam("participantId") UUID participantId,
            @QueryParam("status") String status, @QueryParam("size") int size);

    @GET
    @Path("matches")
    CompletionStage<Page<Match>> matchPageAsync(@QueryParam("placementId") UUID placementId,
            @QueryParam("participantId") UUID participantId, @QueryParam("status") String status, @QueryParam("size") int size);

    default List<Match> matches(UUID placementId, UUID participantId, String status) {
        return matchPage(placementId, participantId, status, 500).items();
    }

    default CompletionStage<List<Match>> matchesAsync(UUID participantId) {
        return matchPageAsync(null, participantId, null, 500).thenApply(Page::items);
    }

    @GET
    @Path("matches/{id}")
    Match match(@PathParam("id") UUID id);

    @POST
    @Path("matches")
    Match propose(Proposal proposal);

    @GET
    @Path("placements/{id}")
    Placement placement(@PathParam("id") UUID id);

    /** A provider gets only their own organisation's placements (the service decides). */
    @GET
    @Path("placements")
    Page<Placement> placements(@QueryParam("status") String status, @QueryParam("organisationId") UUID organisationId,
            @QueryParam("kind") String kind, @QueryParam("page") int page, @QueryParam("size") int size);

    /** The same list without waiting: a page that needs several lists or counts asks for them at once. */
    @GET
    @Path("placements")
    CompletionStage<Page<Placement>> placementsAsync(@QueryParam("status") String status,
            @QueryParam("organisationId") UUID organisationId, @QueryParam("kind") String kind, @QueryParam("page") int page,
            @QueryParam("size") int size);

    @POST
    @Path("placements")
    Placement register(PlacementRequest request);

    @PUT
    @Path("placements/{id}")
    Placement change(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, PlacementRequest request);

    @POST
    @Path("placements/{id}/publish")
    Placement publish(@PathParam("id") UUID id);

    @POST
    @Path("placements/{id}/close")
    Placement close(@PathParam("id") UUID id);

    /** CSV or XLSX as the provider saved it; all or nothing, and with dryRun only the per-row report. */
    @POST
    @Path("placements/bulk")
    @Consumes({"text/csv", XLSX})
    BulkReport bulk(@QueryParam("dryRun") boolean dryRun, @HeaderParam("Content-Type") String contentType, byte[] file);

    @GET
    @Path("ssyk")
    List<SsykEntry> ssyk(@QueryParam("q") String query, @QueryParam("level") Integer level);

    @POST
    @Path("matches/{id}/accept")
    Match accept(@PathParam("id") UUID id, Day answer);

    @POST
    @Path("matches/{id}/decline")
    Match decline(@PathParam("id") UUID id, Decline request);

    @POST
    @Path("matches/{id}/start")
    Match start(@PathParam("id") UUID id, Day request);

    @POST
    @Path("matches/{id}/end")
    Match end(@PathParam("id") UUID id, End request);

    @GET
    @Path("fordelningsmodell/rule")
    QuotaRule quotaRule();

    @PUT
    @Path("fordelningsmodell/rule")
    QuotaRule changeQuotaRule(@HeaderParam("If-Match") String ifMatch, QuotaRuleChange change);

    String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
}
