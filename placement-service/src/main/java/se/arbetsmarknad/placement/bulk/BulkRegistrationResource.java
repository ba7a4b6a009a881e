package se.arbetsmarknad.placement.bulk;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.arbetsmarknad.platform.security.Roles;

@Path("/api/placements/bulk")
@Tag(name = "Platser / Placements")
public class BulkRegistrationResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    BulkRegistrationService service;

    @POST
    @Consumes({"text/csv", XLSX})
    @RolesAllowed({Roles.PLACEMENT_PROVIDER, Roles.CASE_OFFICER, Roles.ADMIN})
    @Operation(summary = "Registrera många platser från CSV eller Excel / Register many placements from CSV or Excel",
            description = "Första raden: kolumnnamn (kind, title, ssyk, seats, periodStart, periodEnd, municipality, place, hoursPerWeek, description, swedishLevel, drivingLicence, ageMin, ageMax, educationLevel, supervisorName, supervisorPhone, supervisorEmail, publish). Allt eller inget: ett fel på någon rad och inget registreras; svaret namnger rad och fält. / First row: column names. All or nothing: any failing row and nothing is registered; the answer names row and field.")
    @APIResponse(responseCode = "201", description = "Alla rader registrerade, rapport per rad / all rows registered, report per row")
    @APIResponse(responseCode = "200", description = "Provkörning (dryRun=true): rapport per rad / dry run: report per row")
    @APIResponse(responseCode = "400", description = "Fel per rad (errors[].field = rows[N].fält); inget registrerat / errors per row; nothing registered")
    public Response register(@QueryParam("organisationId") UUID organisationId, @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
            byte[] body) {
        // the sheet reader tells CSV from Excel by the content; an empty body is its 400 naming the file
        BulkRegistrationService.Report report = service.register(organisationId, body == null ? new byte[0] : body, dryRun);
        return Response.status(dryRun ? 200 : 201).entity(report).type("application/json").build();
    }
}
