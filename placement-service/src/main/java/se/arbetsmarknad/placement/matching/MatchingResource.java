package se.arbetsmarknad.placement.matching;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.arbetsmarknad.placement.common.Access;
import se.arbetsmarknad.platform.security.Roles;

@Path("/api/matching")
@Tag(name = "Matchning / Matching", description = "Rangordnat med förklarad poäng / ranked with an explained score")
public class MatchingResource {

    @Inject
    MatchingService service;

    @GET
    @Path("participants/{participantId}/placements")
    @RolesAllowed({Roles.CASE_OFFICER, Roles.ADMIN})
    @Operation(summary = "Platser för en deltagare / Placements for a participant",
            description = "Hårda krav: lediga platser, period, ålder, körkort, svenska, utbildning; poäng: yrkesintresse (SSYK), önskad insatsform, ort / hard filters: free seats, period, age, licence, Swedish, education; score: occupational interest (SSYK), preferred kind, place")
    @APIResponse(responseCode = "404", description = "Deltagaren finns inte i din enhet / participant not in your unit")
    public List<MatchingService.RankedPlacement> placements(@PathParam("participantId") String participantId,
            @QueryParam("kinds") @Size(max = 9) Set<@Size(max = 40) String> kinds, @QueryParam("place") @Size(max = 200) String place,
            @QueryParam("asOf") LocalDate asOf,
            @QueryParam("includeExcluded") @DefaultValue("false") boolean includeExcluded,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(1000) int limit) {
        return service.placementsFor(Access.parseId(participantId, "participant"), kinds == null ? Set.of() : kinds, place,
                asOf == null ? LocalDate.now() : asOf, includeExcluded, limit);
    }

    @GET
    @Path("placements/{placementId}/candidates")
    @RolesAllowed({Roles.CASE_OFFICER, Roles.ADMIN})
    @Operation(summary = "Kandidater till en plats / Candidates for a placement", description = "Handläggare ser sin egen enhets deltagare / case officers see their own unit's participants")
    @APIResponse(responseCode = "404", description = "Platsen finns inte / placement not found")
    public List<MatchingService.RankedCandidate> candidates(@PathParam("placementId") String placementId,
            @QueryParam("asOf") LocalDate asOf, @QueryParam("includeExcluded") @DefaultValue("false") boolean includeExcluded,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(1000) int limit) {
        return service.candidatesFor(Access.parseId(placementId, "placement"), asOf == null ? LocalDate.now() : asOf,
                includeExcluded, limit);
    }
}
