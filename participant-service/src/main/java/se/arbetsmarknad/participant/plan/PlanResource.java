package se.arbetsmarknad.participant.plan;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.arbetsmarknad.participant.common.Actors;
import se.arbetsmarknad.participant.plan.PlanDtos.FollowUpRequest;
import se.arbetsmarknad.participant.plan.PlanDtos.FollowUpView;
import se.arbetsmarknad.participant.plan.PlanDtos.PlanRequest;
import se.arbetsmarknad.participant.plan.PlanDtos.PlanView;
import se.arbetsmarknad.participant.plan.PlanDtos.PlanWithHistory;
import se.arbetsmarknad.platform.http.Versions;
import se.arbetsmarknad.platform.security.Roles;

@Path("/api/participants/{id}")
@Tag(name = "Planering / Plan", description = "Aktuell plan, historik och uppföljningar / current plan, history and follow-ups")
@RolesAllowed({ Roles.CASE_OFFICER, Roles.ADMIN })
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PlanResource {

    @Inject
    PlanService service;
    @Inject
    Actors actors;

    @GET
    @Path("plan")
    @Operation(summary = "Aktuell plan med historik / Current plan with history", description = "ETag = planversionen / ETag = plan version")
    @APIResponse(responseCode = "200", description = "Planen / the plan")
    @APIResponse(responseCode = "404", description = "Finns inte eller ingen behörighet / not found or no access")
    public Response get(@PathParam("id") UUID id) {
        PlanWithHistory plan = service.get(actors.current(), id);
        return Versions.ok(plan, plan.current() == null ? 0 : plan.current().planVersion());
    }

    @PUT
    @Path("plan")
    @Operation(summary = "Ny version av planen / New plan version", description = "If-Match med planversionen krävs när en plan finns / If-Match required once a plan exists")
    @APIResponse(responseCode = "200", description = "Ny version / new version")
    @APIResponse(responseCode = "412", description = "Inaktuell version / stale version")
    @APIResponse(responseCode = "428", description = "If-Match saknas / If-Match missing")
    public Response update(@PathParam("id") UUID id, @HeaderParam(Versions.IF_MATCH) @Size(max = 100) String ifMatch, @Valid @NotNull PlanRequest request) {
        PlanView plan = service.update(actors.current(), id, ifMatch, request);
        return Versions.ok(plan, plan.planVersion());
    }

    @GET
    @Path("follow-ups")
    @Operation(summary = "Uppföljningsmöten / Follow-up meetings")
    @APIResponse(responseCode = "200", description = "Mötena / the meetings")
    public List<FollowUpView> followUps(@PathParam("id") UUID id) {
        return service.followUps(actors.current(), id);
    }

    @POST
    @Path("follow-ups")
    @Operation(summary = "Registrera uppföljningsmöte / Record a follow-up meeting")
    @APIResponse(responseCode = "201", description = "Registrerat / recorded")
    public Response recordFollowUp(@PathParam("id") UUID id, @Valid @NotNull FollowUpRequest request) {
        return Response.status(201).entity(service.recordFollowUp(actors.current(), id, request)).build();
    }
}
