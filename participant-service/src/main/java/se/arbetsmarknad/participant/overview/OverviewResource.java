package se.arbetsmarknad.participant.overview;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.arbetsmarknad.participant.common.Actors;
import se.arbetsmarknad.participant.overview.OverviewService.Overview;
import se.arbetsmarknad.platform.security.Roles;

@Path("/api/participants/{id}/overview")
@Tag(name = "Deltagare / Participants")
@RolesAllowed({ Roles.CASE_OFFICER, Roles.ADMIN })
@Produces(MediaType.APPLICATION_JSON)
public class OverviewResource {

    @Inject
    OverviewService service;
    @Inject
    Actors actors;

    @GET
    @Operation(summary = "Deltagaren med inskrivningar, plan, uppföljningar, insatser och projekt / The participant with enrolments, plan, follow-ups, interventions and projects",
            description = "Samma läsningar och loggrader som de sex var för sig, i en begäran. / The same reads and audit rows as the six on their own, in one request.")
    @APIResponse(responseCode = "200", description = "Deltagaren och allt om inskrivningen / the participant and everything about the enrolment")
    @APIResponse(responseCode = "404", description = "Finns inte eller ingen behörighet / not found or no access")
    public Overview get(@PathParam("id") UUID id) {
        return service.of(actors.current(), id);
    }
}
