package se.arbetsmarknad.participant.intervention;

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

import se.arbetsmarknad.participant.common.Actors;
import se.arbetsmarknad.participant.intervention.InterventionDtos.EndRequest;
import se.arbetsmarknad.participant.intervention.InterventionDtos.InterventionView;
import se.arbetsmarknad.participant.intervention.InterventionDtos.StartRequest;
import se.arbetsmarknad.platform.security.Roles;

@Path("/api/participants/{id}/interventions")
@Tag(name = "Insatser / Interventions", description = "Insatser per deltagare / interventions of a participant")
@RolesAllowed({ Roles.CASE_OFFICER, Roles.ADMIN })
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InterventionResource {

    @Inject
    InterventionService service;
    @Inject
    Actors actors;

    @GET
    @Operation(summary = "Deltagarens insatser / The participant's interventions")
    @APIResponse(responseCode = "200", description = "Insatserna / the interventions")
    @APIResponse(responseCode = "404", description = "Finns inte eller ingen behörighet / not found or no access")
    public List<InterventionView> list(@PathParam("id") UUID id) {
        return service.list(actors.current(), id);
    }

    @POST
    @Operation(summary = "Starta insats / Start an intervention")
    @APIResponse(responseCode = "201", description = "Startad / started")
    @APIResponse(responseCode = "400", description = "Okänd insatstyp eller felaktigt datum / unknown kind or bad date")
    @APIResponse(responseCode = "409", description = "Inskrivningen är avslutad / the enrolment is closed")
    public Response start(@PathParam("id") UUID id, @Valid @NotNull StartRequest request) {
        return Response.status(201).entity(service.start(actors.current(), id, request)).build();
    }

    @POST
    @Path("{interventionId}/end")
    @Operation(summary = "Avsluta insats / End an intervention")
    @APIResponse(responseCode = "200", description = "Avslutad / ended")
    @APIResponse(responseCode = "400", description = "Slut före start / end before start")
    @APIResponse(responseCode = "409", description = "Redan avslutad / already ended")
    public InterventionView end(@PathParam("id") UUID id, @PathParam("interventionId") UUID interventionId,
            @Valid @NotNull EndRequest request) {
        return service.end(actors.current(), id, interventionId, request);
    }
}
