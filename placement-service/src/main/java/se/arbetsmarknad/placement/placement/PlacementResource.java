package se.arbetsmarknad.placement.placement;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.arbetsmarknad.placement.common.Coded;
import se.arbetsmarknad.placement.placement.PlacementDtos.PlacementRequest;
import se.arbetsmarknad.placement.placement.PlacementDtos.PlacementView;
import se.arbetsmarknad.platform.http.PageParams;
import se.arbetsmarknad.platform.http.Paging;
import se.arbetsmarknad.platform.http.Versions;
import se.arbetsmarknad.platform.security.Roles;

@Path("/api/placements")
@Tag(name = "Platser / Placements", description = "Praktik, anställningar med stöd, feriepraktik, jobbspår / internships, subsidised jobs, summer jobs, job tracks")
public class PlacementResource {

    @Inject
    PlacementService service;

    @GET
    @RolesAllowed({Roles.CASE_OFFICER, Roles.PLACEMENT_PROVIDER, Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "Lista platser / List placements", description = "En anordnare ser bara sina egna / a provider sees only their own")
    @APIResponse(responseCode = "200", description = "En sida (items, page, size, total; X-Total-Count, Link) / one page",
            content = @Content(schema = @Schema(implementation = PlacementDtos.PlacementPage.class)))
    public Response list(@QueryParam("status") @Size(max = 20) String status,
            @QueryParam("organisationId") UUID organisationId, @QueryParam("kind") @Size(max = 40) String kind,
            @BeanParam PageParams paging, @Context UriInfo uri) {
        return Paging.response(service.list(Coded.parseOptional(PlacementStatus.class, status, "status"), organisationId,
                Coded.parseOptional(PlacementKind.class, kind, "kind"), paging.request()), uri);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.CASE_OFFICER, Roles.PLACEMENT_PROVIDER, Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "Hämta en plats / Get a placement")
    @APIResponse(responseCode = "200", description = "Platsen; ETag är versionen / the placement; ETag is its version")
    @APIResponse(responseCode = "404", description = "Finns inte eller inte din / does not exist or not yours")
    public Response get(@PathParam("id") UUID id) {
        PlacementView v = service.get(id);
        return Versions.ok(v, v.version());
    }

    @POST
    @RolesAllowed({Roles.PLACEMENT_PROVIDER, Roles.CASE_OFFICER, Roles.ADMIN})
    @Operation(summary = "Registrera en plats / Register a placement",
            description = "Anordnare för sin egen organisation; handläggare och admin för en organisations räkning / providers for their own organisation; case officers and admin on an organisation's behalf")
    @APIResponse(responseCode = "201", description = "Registrerad (utkast, eller öppen med publish=true) / registered (draft, or open with publish=true)")
    @APIResponse(responseCode = "400", description = "Ogiltig, t.ex. okänd SSYK-kod eller period, eller okänd organisation (en annan organisation än anordnarens egen är okänd för anordnaren) / invalid, e.g. unknown SSYK code or period, or unknown organisation (to a provider, any other organisation is unknown)")
    public Response register(@NotNull @Valid PlacementRequest req) {
        PlacementView v = service.register(req);
        return Versions.created(URI.create("/api/placements/" + v.id()), v, v.version());
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.PLACEMENT_PROVIDER, Roles.CASE_OFFICER, Roles.ADMIN})
    @Operation(summary = "Ändra en plats (If-Match krävs) / Change a placement (If-Match required)")
    @APIResponse(responseCode = "200", description = "Ändrad / Changed")
    @APIResponse(responseCode = "400", description = "Ogiltig, t.ex. färre platser än tillsatta / invalid, e.g. seats below those filled")
    @APIResponse(responseCode = "404", description = "Finns inte eller inte din / does not exist or not yours")
    @APIResponse(responseCode = "412", description = "Ändrad av någon annan / changed by someone else")
    @APIResponse(responseCode = "428", description = "If-Match saknas / If-Match missing")
    public Response change(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @NotNull @Valid PlacementRequest req) {
        PlacementView v = service.change(id, req, ifMatch);
        return Versions.ok(v, v.version());
    }

    @POST
    @Path("{id}/publish")
    @RolesAllowed({Roles.PLACEMENT_PROVIDER, Roles.CASE_OFFICER, Roles.ADMIN})
    @Operation(summary = "Publicera ett utkast / Publish a draft")
    @APIResponse(responseCode = "200", description = "Öppen / Open")
    @APIResponse(responseCode = "404", description = "Finns inte eller inte din / does not exist or not yours")
    @APIResponse(responseCode = "409", description = "Inte ett utkast / not a draft")
    public Response publish(@PathParam("id") UUID id) {
        PlacementView v = service.publish(id);
        return Versions.ok(v, v.version());
    }

    @POST
    @Path("{id}/close")
    @RolesAllowed({Roles.PLACEMENT_PROVIDER, Roles.CASE_OFFICER, Roles.ADMIN})
    @Operation(summary = "Stäng en plats / Close a placement")
    @APIResponse(responseCode = "200", description = "Stängd / Closed")
    @APIResponse(responseCode = "404", description = "Finns inte eller inte din / does not exist or not yours")
    @APIResponse(responseCode = "409", description = "Redan stängd / already closed")
    public Response close(@PathParam("id") UUID id) {
        PlacementView v = service.close(id);
        return Versions.ok(v, v.version());
    }
}
