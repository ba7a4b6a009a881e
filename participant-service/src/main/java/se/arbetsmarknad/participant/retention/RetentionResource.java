package se.arbetsmarknad.participant.retention;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.arbetsmarknad.platform.http.PageParams;
import se.arbetsmarknad.platform.problem.ProblemException;
import se.arbetsmarknad.platform.security.Roles;

@Path("/api/admin/retention")
@Tag(name = "Gallring / Retention", description = "Radering av personuppgifter efter avslut / erasure of personal data after exit")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class RetentionResource {

    @Inject
    RetentionService service;

    public record RunResult(int erased) {
    }

    @GET
    @Path("preview")
    @Operation(summary = "Förhandsgranska gallring / Preview retention",
            description = "Vilka deltagare en körning i dag skulle gallra och vad som raderas, utan att radera något. / Which participants "
                    + "a run today would erase and what goes, erasing nothing.")
    @APIResponse(responseCode = "200", description = "Förhandsgranskning / preview")
    public RetentionService.Preview preview(@BeanParam PageParams paging) {
        return service.preview(paging.request());
    }

    @POST
    @Path("run")
    @Operation(summary = "Kör gallring nu / Run retention now", description = "Samma regel som det dagliga jobbet / the daily job's rule")
    @APIResponse(responseCode = "200", description = "Antal gallrade / number erased")
    @APIResponse(responseCode = "409", description = "Gallring pågår redan / a run is in progress")
    public RunResult run() {
        Integer erased = service.runNow();
        if (erased == null) {
            throw ProblemException.conflict("Gallring pågår redan / retention is already running");
        }
        return new RunResult(erased);
    }
}
