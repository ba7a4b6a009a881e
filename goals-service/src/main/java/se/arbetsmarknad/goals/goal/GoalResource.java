package se.arbetsmarknad.goals.goal;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.arbetsmarknad.platform.http.Versions;
import se.arbetsmarknad.goals.goal.GoalViews.GoalStatus;
import se.arbetsmarknad.goals.goal.GoalViews.GoalView;
import se.arbetsmarknad.goals.goal.GoalViews.JudgementRequest;
import se.arbetsmarknad.goals.goal.GoalViews.JudgementView;
import se.arbetsmarknad.goals.goal.GoalViews.MilestoneRequest;

import se.arbetsmarknad.platform.security.CurrentUser;
import se.arbetsmarknad.platform.security.Roles;

@Path("/api/goals/{id}")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.MANAGER, Roles.ADMIN, Roles.CASE_OFFICER })
@Tag(name = "Mål / Goals", description = "Mål, prognoser och bedömningar / Goals, forecasts and judgements")
public class GoalResource {

    @Inject
    GoalService goals;
    @Inject
    CurrentUser user;

    @GET
    @Operation(summary = "Läs ett mål / Read a goal")
    @APIResponse(responseCode = "404", description = "Finns inte / Not found")
    public Response get(@PathParam("id") UUID id) {
        GoalView view = goals.view(id);
        return Response.ok(view).tag(Versions.etag(view.version())).build();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.MANAGER, Roles.ADMIN })
    @Operation(summary = "Ändra ett mål / Change a goal", description = "Kräver If-Match / Requires If-Match")
    @APIResponse(responseCode = "400", description = "Målet passar inte indikatorns enhet / The target does not fit")
    @APIResponse(responseCode = "412", description = "Ändrat av någon annan / Modified by someone else")
    @APIResponse(responseCode = "428", description = "If-Match saknas / If-Match missing")
    public Response change(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull GoalDoc goal) {
        goals.change(id, Versions.required(ifMatch), goal);
        return get(id);
    }

    @GET
    @Path("status")
    @Operation(summary = "Utfall, prognos, beräknad status och bedömning / Actual, forecast, computed status and judgement")
    public GoalStatus status(@PathParam("id") UUID id) {
        return goals.status(id);
    }

    @POST
    @Path("judgements")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.MANAGER, Roles.ADMIN })
    @Operation(summary = "Bedöm om målet nås (Ja/Osäkert/Nej) / Judge whether the goal will be met",
            description = "Sparas med vem och när; tidigare bedömningar finns kvar / Kept with who and when; earlier ones are kept")
    @APIResponse(responseCode = "201", description = "Sparad / Saved")
    public Response judge(@PathParam("id") UUID id, @Valid @NotNull JudgementRequest request) {
        return Response.status(201).entity(JudgementView.of(goals.judge(id, request, user.username()))).build();
    }

    @GET
    @Path("judgements")
    @Operation(summary = "Bedömningarnas historik, nyast först / The judgements, newest first")
    public List<JudgementView> judgements(@PathParam("id") UUID id) {
        return goals.judgements(id).stream().map(JudgementView::of).toList();
    }

    @PUT
    @Path("milestone")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.MANAGER, Roles.ADMIN })
    @Operation(summary = "Markera milstolpen som nådd (eller inte) / Mark the milestone reached (or not)")
    @APIResponse(responseCode = "409", description = "Målet är ingen milstolpe / Not a milestone")
    public GoalView milestone(@PathParam("id") UUID id, @Valid @NotNull MilestoneRequest request) {
        return GoalView.of(goals.markMilestone(id, request.reached(), user.username()));
    }
}
