package se.arbetsmarknad.placement.match;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.arbetsmarknad.placement.common.Coded;
import se.arbetsmarknad.placement.match.MatchDtos.MatchView;
import se.arbetsmarknad.platform.http.PageParams;
import se.arbetsmarknad.platform.http.Paging;
import se.arbetsmarknad.platform.security.Roles;

@Path("/api/matches")
@Tag(name = "Matchningar / Matches", description = "Förslag → accepterad/avböjd → påbörjad → avslutad / proposal → accepted/declined → started → ended")
public class MatchResource {

    @Inject
    MatchService service;

    @GET
    @RolesAllowed({Roles.CASE_OFFICER, Roles.PLACEMENT_PROVIDER, Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "Lista matchningar / List matches", description = "Handläggare: egen enhet; anordnare: egna platser / case officers: own unit; providers: own placements")
    @APIResponse(responseCode = "200", description = "En sida (items, page, size, total; X-Total-Count, Link) / one page",
            content = @Content(schema = @Schema(implementation = MatchDtos.MatchPage.class)))
    public Response list(@QueryParam("placementId") UUID placementId, @QueryParam("participantId") UUID participantId,
            @QueryParam("status") @Size(max = 20) String status, @BeanParam PageParams paging, @Context UriInfo uri) {
        return Paging.response(service.list(placementId, participantId, Coded.parseOptional(MatchStatus.class, status, "status"),
                paging.request()), uri);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.CASE_OFFICER, Roles.PLACEMENT_PROVIDER, Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "Hämta en matchning / Get a match")
    @APIResponse(responseCode = "404", description = "Finns inte eller inte din / does not exist or not yours")
    public MatchView get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @POST
    @RolesAllowed({Roles.CASE_OFFICER, Roles.ADMIN})
    @Operation(summary = "Föreslå en deltagare till en plats / Propose a participant for a placement")
    @APIResponse(responseCode = "201", description = "Föreslagen / Proposed")
    @APIResponse(responseCode = "404", description = "Deltagaren eller platsen finns inte (eller inte i din enhet) / participant or placement not found (or not in your unit)")
    @APIResponse(responseCode = "409", description = "Platsen är inte öppen, deltagaren inte aktiv eller redan föreslagen / placement not open, participant not active or already proposed")
    public Response propose(@NotNull @Valid MatchDtos.Proposal req) {
        return Response.status(201).entity(service.propose(req)).build();
    }

    @POST
    @Path("{id}/accept")
    @RolesAllowed({Roles.PLACEMENT_PROVIDER, Roles.ADMIN})
    @Operation(summary = "Acceptera förslaget (tar en plats) / Accept the proposal (takes a seat)")
    @APIResponse(responseCode = "200", description = "Accepterad / Accepted")
    @APIResponse(responseCode = "409", description = "Platsen är full eller förslaget redan besvarat / placement full or proposal already answered")
    public MatchView accept(@PathParam("id") UUID id, @RequestBody(required = false) @Valid MatchDtos.Accept req) {
        return service.accept(id, req == null ? null : req.on());
    }

    @POST
    @Path("{id}/decline")
    @RolesAllowed({Roles.PLACEMENT_PROVIDER, Roles.ADMIN})
    @Operation(summary = "Avböj förslaget med skäl / Decline the proposal with a reason")
    @APIResponse(responseCode = "200", description = "Avböjd / Declined")
    @APIResponse(responseCode = "400", description = "Okänt skäl / unknown reason")
    public MatchView decline(@PathParam("id") UUID id, @NotNull @Valid MatchDtos.Decline req) {
        return service.decline(id, req);
    }

    @POST
    @Path("{id}/start")
    @RolesAllowed({Roles.PLACEMENT_PROVIDER, Roles.CASE_OFFICER, Roles.ADMIN})
    @Operation(summary = "Deltagaren har börjat / The participant started")
    @APIResponse(responseCode = "409", description = "Inte accepterad / not accepted")
    public MatchView start(@PathParam("id") UUID id, @RequestBody(required = false) @Valid MatchDtos.Start req) {
        return service.start(id, req);
    }

    @POST
    @Path("{id}/end")
    @RolesAllowed({Roles.PLACEMENT_PROVIDER, Roles.CASE_OFFICER, Roles.ADMIN})
    @Operation(summary = "Avsluta (frigör platsen) / End (frees the seat)")
    @APIResponse(responseCode = "409", description = "Håller ingen plats / holds no seat")
    public MatchView end(@PathParam("id") UUID id, @RequestBody(required = false) @Valid MatchDtos.End req) {
        return service.end(id, req);
    }
}
