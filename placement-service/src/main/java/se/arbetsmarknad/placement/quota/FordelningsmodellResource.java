package se.arbetsmarknad.placement.quota;

import java.time.LocalDate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.arbetsmarknad.platform.security.CurrentUser;
import se.arbetsmarknad.platform.http.Versions;
import se.arbetsmarknad.platform.security.Roles;
import se.arbetsmarknad.platform.time.SuiteClock;

/**
 * Fördelningsmodell: each förvaltning is expected to offer places in proportion to its staff (Malmö:
 * 5,7 % of employees, or a city-wide production goal such as 1 500 apportioned by employees).
 */
@Path("/api/fordelningsmodell")
@Tag(name = "Fördelningsmodell / Distribution model", description = "Kvoter per förvaltning och uppfyllelse / quotas per department and fulfilment")
public class FordelningsmodellResource {

    @Inject
    SuiteClock clock;
    @Inject
    QuotaService service;
    @Inject
    CurrentUser user;

    @GET
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN, Roles.CASE_OFFICER})
    @Operation(summary = "Tabell per förvaltning: anställda, kvot, registrerade och tillsatta platser, uppfyllelse / Table per department: employees, quota, places registered and filled, fulfilment")
    public QuotaDtos.Table table(@QueryParam("asOf") LocalDate asOf) {
        return service.table(asOf == null ? clock.today() : asOf);
    }

    @GET
    @Path("rule")
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN, Roles.CASE_OFFICER})
    @Operation(summary = "Gällande regel / The rule in force")
    public Response rule() {
        QuotaDtos.RuleView r = service.rule();
        return Versions.ok(r, r.version());
    }

    @PUT
    @Path("rule")
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "Ändra regeln (If-Match krävs) / Change the rule (If-Match required)",
            description = "share: andel av anställda, avrundad per förvaltning; total: totalen fördelad efter anställda med största resten så att delarna summerar exakt / share: of employees, rounded per department; total: apportioned by employees with largest remainders so the parts add up exactly")
    @APIResponse(responseCode = "200", description = "Ändrad; berörda förvaltningar publiceras / changed; affected departments are published")
    @APIResponse(responseCode = "400", description = "Ogiltig regel / invalid rule")
    @APIResponse(responseCode = "412", description = "Ändrad av någon annan / changed by someone else")
    @APIResponse(responseCode = "428", description = "If-Match saknas / If-Match missing")
    public Response change(@HeaderParam("If-Match") String ifMatch, @NotNull @Valid QuotaDtos.RuleChange change) {
        QuotaDtos.RuleView r = service.changeRule(change, ifMatch, user.username());
        return Versions.ok(r, r.version());
    }
}
