package se.arbetsmarknad.reporting.kolada;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.arbetsmarknad.platform.security.Roles;
import se.arbetsmarknad.reporting.access.Access;
import se.arbetsmarknad.reporting.access.Scope;

/**
 * The public statistics in Kolada's JSON shape (RKA's open data API): one value per KPI, municipality
 * and period, by gender T/K/M, each with value, count and status. A suppressed value is null with
 * status "..", after the same suppression as every other output.
 */
@Path("/api/kolada")
@Tag(name = "Kolada")
@RolesAllowed({Roles.MANAGER, Roles.ADMIN})
@Produces("application/json")
public class KoladaResource {

    @Inject
    KoladaService kolada;
    @Inject
    Access access;

    @GET
    @Path("{statistic}")
    @Operation(summary = "Statistik i Koladas JSON-form / A statistic in Kolada's JSON shape",
            description = "Helårsvärde per år (hittills i år för innevarande år) per kön T/K/M / Year figure per year "
                    + "(year to date for the current year) by gender T/K/M")
    @APIResponse(responseCode = "200", description = "Värdena / The values")
    @APIResponse(responseCode = "404", description = "Okänd statistik / Unknown statistic")
    public KoladaResponse kolada(
            @Parameter(description = "Katalog-id / catalogue id", example = "enrolled-unique") @PathParam("statistic") String statistic,
            @Parameter(description = "År, kommaseparerade / years", example = "2025,2026") @QueryParam("years") String years) {
        Scope.of(access).requireMunicipalityWide();
        return kolada.values(statistic, years);
    }
}
