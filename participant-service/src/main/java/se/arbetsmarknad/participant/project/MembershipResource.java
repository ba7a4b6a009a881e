package se.arbetsmarknad.participant.project;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.arbetsmarknad.participant.common.Actors;
import se.arbetsmarknad.participant.project.ProjectService.MembershipRequest;
import se.arbetsmarknad.participant.project.ProjectService.MembershipView;
import se.arbetsmarknad.platform.security.Roles;

@Path("/api/participants/{id}/projects")
@Tag(name = "Projekt / Projects", description = "Externt finansierade projekt (ESF, Finsam) / externally funded projects")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MembershipResource {

    @Inject
    ProjectService service;
    @Inject
    Actors actors;

    @GET
    @RolesAllowed({ Roles.CASE_OFFICER, Roles.ADMIN })
    @Operation(summary = "Deltagarens projekt / The participant's projects")
    @APIResponse(responseCode = "200", description = "Medlemskapen / the memberships")
    public List<MembershipView> memberships(@PathParam("id") UUID id) {
        return service.memberships(actors.current(), id);
    }

    @PUT
    @Path("{code}")
    @RolesAllowed({ Roles.CASE_OFFICER, Roles.ADMIN })
    @Operation(summary = "Gå med i projekt / Join a project")
    @APIResponse(responseCode = "200", description = "Med i projektet / joined")
    @APIResponse(responseCode = "409", description = "Redan med / already a member")
    public MembershipView join(@PathParam("id") UUID id, @PathParam("code") @Size(max = 63) String code, @Valid @NotNull MembershipRequest request) {
        return service.join(actors.current(), id, code, request.on());
    }

    @POST
    @Path("{code}/leave")
    @RolesAllowed({ Roles.CASE_OFFICER, Roles.ADMIN })
    @Operation(summary = "Lämna projekt / Leave a project")
    @APIResponse(responseCode = "200", description = "Lämnat / left")
    @APIResponse(responseCode = "409", description = "Inte med / not a member")
    public MembershipView leave(@PathParam("id") UUID id, @PathParam("code") @Size(max = 63) String code, @Valid @NotNull MembershipRequest request) {
        return service.leave(actors.current(), id, code, request.on());
    }
}
