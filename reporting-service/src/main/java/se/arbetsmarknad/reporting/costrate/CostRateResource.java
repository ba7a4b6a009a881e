package se.arbetsmarknad.reporting.costrate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.arbetsmarknad.platform.security.Roles;

/** The cost rates the cost projection multiplies by: read by managers and admins, a new dated rate by admins. */
@Path("/api/cost-rates")
@Tag(name = "Referensdata / Reference data")
@Produces("application/json")
public class CostRateResource {

    @Inject
    CostRates rates;

    @Schema(name = "CostRateRequest", description = "En ny månadskostnad från ett datum / a new monthly rate from a date")
    public record NewRate(
            @NotBlank @Size(max = 40) @Schema(example = "nystartsjobb") String kind,
            @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("1000000") @Digits(integer = 7, fraction = 2)
            @Schema(example = "15200", description = "Kronor per månad och anställd, över 0 och högst 1 000 000 / kronor per month and employee") BigDecimal monthlyRate,
            @NotNull @Schema(example = "2027-01-01", description = "Gäller från och med / valid from") LocalDate validFrom) {
    }

    @GET
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "Månadskostnad per anställningsform med giltighet / Monthly cost per employment kind with validity")
    @APIResponse(responseCode = "200", description = "Alla kostnader, per slag i tidsordning / every rate, per kind in date order")
    public List<CostRates.Rate> list() {
        return rates.all();
    }

    @POST
    @Consumes("application/json")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Ny månadskostnad från ett datum / New monthly cost from a date",
            description = "Den tidigare kostnaden slutar dagen före / the previous rate ends the day before")
    @APIResponse(responseCode = "201", description = "Tillagd / added")
    @APIResponse(responseCode = "400", description = "Okänt slag, ogiltig kostnad eller ett datum som inte kommer efter senaste / unknown kind, invalid rate or a day not after the latest")
    public Response add(@NotNull @Valid NewRate rate) {
        return Response.status(201).entity(rates.add(rate.kind(), rate.monthlyRate(), rate.validFrom())).build();
    }
}
