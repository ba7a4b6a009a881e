package se.arbetsmarknad.placement.organisation;

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
import se.arbetsmarknad.placement.organisation.OrganisationDtos.EmployeeCountRequest;
import se.arbetsmarknad.placement.organisation.OrganisationDtos.OrganisationRequest;
import se.arbetsmarknad.placement.organisation.OrganisationDtos.OrganisationView;
import se.arbetsmarknad.platform.http.PageParams;
import se.arbetsmarknad.platform.http.Paging;
import se.arbetsmarknad.platform.http.Versions;
import se.arbetsmarknad.platform.security.Roles;

@Path("/api/organisations")
@Tag(name = "Organisationer / Organisations", description = "Förvaltningar, arbetsgivare, ideella och ASF / Departments, employers, non-profits and social enterprises")
public class OrganisationResource {

    @Inject
    OrganisationService service;

    @GET
    @RolesAllowed({Roles.CASE_OFFICER, Roles.PLACEMENT_PROVIDER, Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "Lista organisationer / List organisations", description = "En anordnare ser bara sin egen / a provider sees only their own")
    @APIResponse(responseCode = "200", description = "En sida (items, page, size, total; X-Total-Count, Link) / one page",
            content = @Content(schema = @Schema(implementation = OrganisationDtos.OrganisationPage.class)))
    public Response list(@QueryParam("kind") @Size(max = 20) String kind, @BeanParam PageParams paging, @Context UriInfo uri) {
        return Paging.response(service.list(Coded.parseOptional(OrganisationKind.class, kind, "kind"), paging.request()), uri);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.CASE_OFFICER, Roles.PLACEMENT_PROVIDER, Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "Hämta en organisation / Get an organisation")
    @APIResponse(responseCode = "200", description = "Organisationen; ETag är versionen / the organisation; ETag is its version")
    @APIResponse(responseCode = "404", description = "Finns inte eller inte din / does not exist or not yours")
    public Response get(@PathParam("id") UUID id) {
        OrganisationView v = service.get(id);
        return Versions.ok(v, v.version());
    }

    @POST
    @RolesAllowed({Roles.CASE_OFFICER, Roles.ADMIN})
    @Operation(summary = "Registrera en organisation / Register an organisation")
    @APIResponse(responseCode = "201", description = "Registrerad / Registered")
    @APIResponse(responseCode = "400", description = "Ogiltigt, t.ex. organisationsnummer / invalid, e.g. organisationsnummer")
    @APIResponse(responseCode = "409", description = "Koden används redan / code taken")
    public Response register(@NotNull @Valid OrganisationRequest req) {
        OrganisationView v = service.register(req);
        return Versions.created(URI.create("/api/organisations/" + v.id()), v, v.version());
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.CASE_OFFICER, Roles.ADMIN})
    @Operation(summary = "Ändra en organisation (If-Match krävs) / Change an organisation (If-Match required)")
    @APIResponse(responseCode = "200", description = "Ändrad / Changed")
    @APIResponse(responseCode = "412", description = "Ändrad av någon annan / changed by someone else")
    @APIResponse(responseCode = "428", description = "If-Match saknas / If-Match missing")
    public Response change(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid OrganisationRequest req) {
        OrganisationView v = service.change(id, req, ifMatch);
        return Versions.ok(v, v.version());
    }

    @POST
    @Path("{id}/employees")
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "Registrera antal anställda per datum (förvaltning) / Record a förvaltning's employee count on a date")
    @APIResponse(responseCode = "200", description = "Registrerat; kvoten räknas om / recorded; the quota is recomputed")
    public OrganisationView employees(@PathParam("id") UUID id, @NotNull @Valid EmployeeCountRequest req) {
        return service.recordEmployees(id, req);
    }
}
