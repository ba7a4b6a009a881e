package se.arbetsmarknad.placement.allocation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.arbetsmarknad.platform.security.Roles;

@Path("/api/allocations")
@Tag(name = "Fördelning / Allocation", description = "Optimal fördelning av deltagare på platser / optimal allocation of participants to seats")
public class AllocationResource {

    @Inject
    AllocationService service;

    @POST
    @RolesAllowed({Roles.CASE_OFFICER, Roles.ADMIN})
    @Operation(summary = "Fördela deltagare på platser / Allocate participants to placements",
            description = "Maximerar först prioriteringsreglerna i ordning, sedan total matchningspoäng, under platsantal och ev. könsbalans; deterministiskt, med förklaring per deltagare / maximises the priority rules in order, then the total score, under capacity and optional gender balance; deterministic, explained per participant")
    @APIResponse(responseCode = "200", description = "Fördelningen (och förslag med propose=true) / the allocation (and proposals with propose=true)")
    @APIResponse(responseCode = "400", description = "Okänd regel / unknown rule")
    @APIResponse(responseCode = "404", description = "Deltagare eller plats finns inte (i din enhet) / participant or placement not found (in your unit)")
    public AllocationDtos.Result allocate(@NotNull @Valid AllocationDtos.Request req) {
        return service.allocate(req);
    }
}
