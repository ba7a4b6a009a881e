package se.arbetsmarknad.goals.followup;

import java.net.URI;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.arbetsmarknad.platform.security.CurrentUser;
import se.arbetsmarknad.platform.security.Roles;

/** The follow-ups of one plan: freeze a month, list them. */
@Path("/api/plans/{planId}/follow-ups")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.MANAGER, Roles.ADMIN, Roles.CASE_OFFICER })
@Tag(name = "Uppföljning / Follow-up")
public class PlanFollowUpResource {

    @Inject
    FollowUpService followUps;
    @Inject
    CurrentUser user;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.MANAGER, Roles.ADMIN })
    @Operation(summary = "Frys uppföljningen för en avslutad månad / Freeze the follow-up of an ended month",
            description = "Idempotent: en redan fryst månad returneras oförändrad (200) / "
                    + "Idempotent: a month frozen before is returned unchanged (200)")
    @APIResponse(responseCode = "201", description = "Fryst / Frozen")
    @APIResponse(responseCode = "200", description = "Redan fryst / Frozen before")
    @APIResponse(responseCode = "409", description = "Månaden är inte slut / The month has not ended")
    public Response freeze(@PathParam("planId") UUID planId, @Valid @NotNull FollowUpResource.FreezeRequest request) {
        var result = followUps.freeze(planId, YearMonth.parse(request.month()), request.kind(), user.username());
        FollowUpResource.FollowUpView view = FollowUpResource.FollowUpView.of(result.followUp());
        return result.created()
                ? Response.created(URI.create("/api/follow-ups/" + view.id())).entity(view).build()
                : Response.ok(view).build();
    }

    @GET
    @Operation(summary = "Planens uppföljningar, nyast först / The plan's follow-ups, newest first")
    public List<FollowUpResource.FollowUpView> list(@PathParam("planId") UUID planId) {
        return followUps.ofPlan(planId).stream().map(FollowUpResource.FollowUpView::of).toList();
    }
}
