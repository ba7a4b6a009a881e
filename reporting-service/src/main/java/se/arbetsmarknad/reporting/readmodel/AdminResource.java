package se.arbetsmarknad.reporting.readmodel;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.arbetsmarknad.platform.security.Roles;

@Path("/api/admin/rebuild")
@Tag(name = "Drift / Operations")
@RolesAllowed(Roles.ADMIN)
@Produces("application/json")
public class AdminResource {

    @Inject
    RebuildService rebuild;

    @POST
    @Operation(summary = "Bygg om läsmodellen från topics / Rebuild the read model from the topics",
            description = "Tömmer läsmodellen och spelar upp alla konsumerade topics från början / Empties the read "
                    + "model and replays every consumed topic from the beginning")
    @APIResponse(responseCode = "202", description = "Ombyggnaden har startat / The rebuild started")
    @APIResponse(responseCode = "409", description = "En ombyggnad pågår redan / A rebuild is already running")
    public Response start() {
        return Response.accepted(rebuild.start()).build();
    }

    @GET
    @Operation(summary = "Ombyggnadens status / Rebuild status")
    @APIResponse(responseCode = "200", description = "idle, running, done eller failed med antal händelser / with event counts")
    public RebuildService.Status status() {
        return rebuild.status();
    }
}
