package se.arbetsmarknad.placement.matching;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
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

import se.arbetsmarknad.placement.common.Coded;
import se.arbetsmarknad.placement.placement.PlacementKind;
import se.arbetsmarknad.platform.security.Roles;
import se.arbetsmarknad.platform.time.SuiteClock;

@Path("/api/matching")
@Tag(name = "Matchning / Matching", description = "Rangordnat med förklarad poäng / ranked with an explained score")
public class MatchingResource {

    @Inject
    SuiteClock clock;
    @Inject
    MatchingService service;

    @GET
    @Path("participants/{participantId}/placements")
    @RolesAllowed({Roles.CASE_OFFICER, Roles.ADMIN})
    @Operation(summary = "Platser för en deltagare / Placements for a participant",
            description = "Hårda krav: lediga platser, period, ålder, körkort, svenska, utbildning; poäng: yrkesintresse (SSYK), önskad insatsform, ort / hard filters: free seats, period, age, licence, Swedish, education; score: occupational interest (SSYK), preferred kind, place")
    @APIResponse(responseCode = "404", description = "Deltagaren finns inte i din enhet / participant not in your unit")
    public List<MatchingService.RankedPlacement> placements(@PathParam("participantId") UUID participantId,
            @QueryParam("kinds") @Size(max = 9) Set<@Size(max = 40) String> kinds, @QueryParam("place") @Size(max = 200) String place,
            @QueryParam("asOf") LocalDate asOf,
            @QueryParam("includeExcluded") @DefaultValue("false") boolean includeExcluded,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(1000) int limit) {
        Set<PlacementKind> wanted = EnumSet.noneOf(PlacementKind.class);
        for (String k : kinds == null ? Set.<String>of() : kinds) {
            wanted.add(Coded.parse(PlacementKind.class, k, "kinds"));
        }
        return service.placementsFor(participantId, wanted, place,
                asOf == null ? clock.today() : asOf, includeExcluded, limit);
    }

    @GET
    @Path("placements/{placementId}/candidates")
    @RolesAllowed({Roles.CASE_OFFICER, Roles.ADMIN})
    @Operation(summary = "Kandidater till en plats / Candidates for a placement", description = "Handläggare ser sin egen enhets deltagare / case officers see their own unit's participants")
    @APIResponse(responseCode = "404", description = "Platsen finns inte / placement not found")
    public List<MatchingService.RankedCandidate> candidates(@PathParam("placementId") UUID placementId,
            @QueryParam("asOf") LocalDate asOf, @QueryParam("includeExcluded") @DefaultValue("false") boolean includeExcluded,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(1000) int limit) {
        return service.candidatesFor(placementId, asOf == null ? clock.today() : asOf,
                includeExcluded, limit);
    }
}
