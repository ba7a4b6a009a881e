package se.arbetsmarknad.reporting.reports;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.arbetsmarknad.platform.security.Roles;
import se.arbetsmarknad.reporting.access.Access;
import se.arbetsmarknad.reporting.access.Scope;
import se.arbetsmarknad.reporting.render.TableResponses;

/**
 * The reports, each in JSON (default), CSV, XLSX or PDF ({@code format}); every cell has been through
 * small-count suppression. Case officers get their unit's figures; municipality-wide reports are for
 * managers and admins (403 for case officers); placement providers see no reports (403).
 */
@Path("/api/reports")
@Tag(name = "Rapporter / Reports")
@RolesAllowed({Roles.MANAGER, Roles.ADMIN, Roles.CASE_OFFICER})
@Produces({"application/json", "text/csv", "application/pdf",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
@APIResponse(responseCode = "200", description = "Rapporten / The report")
@APIResponse(responseCode = "400", description = "Ogiltig parameter / Invalid parameter")
@APIResponse(responseCode = "401", description = "Ingen inloggning / Not signed in")
@APIResponse(responseCode = "403", description = "Rollen får inte se rapporten / The role may not see the report")
public class ReportsResource {

    static final String FORMAT = "json | csv | xlsx | pdf";

    @Inject
    Reports reports;
    @Inject
    Access access;
    @Inject
    TableResponses responses;

    @Inject
    Clock clock;

    private Response respond(String name, Params p, String format) {
        Scope scope = Scope.of(access);
        String key = "report|" + name + "|" + p.values() + "|" + scope.confinedUnit().orElse("*") + "|" + LocalDate.now(clock);
        return responses.respond(key, () -> reports.build(name, p, scope), format, name);
    }

    @GET
    @Path("dashboard")
    @Operation(summary = "Månadsrapport / Monthly dashboard",
            description = "Nyckeltal för månaden och hittills i år per kön / Key figures of the month and year to date by gender")
    @APIResponse(responseCode = "404", description = "Annan enhet än handläggarens / Another unit than the case officer's")
    public Response dashboard(
            @Parameter(description = "Månad / month (YYYY-MM)", example = "2026-10") @QueryParam("month") String month,
            @Parameter(description = "Enhet / unit", example = "unga-18-24") @QueryParam("unit") String unit,
            @Parameter(description = FORMAT, example = "json") @QueryParam("format") String format) {
        return respond("dashboard", Params.of("month", month, "unit", unit), format);
    }

    @GET
    @Path("interim")
    @Operation(summary = "Delårsrapport: måluppfyllelse (Lunds form) / Interim report: goal attainment (Lund's form)",
            description = "Mål, målvärde, utfall per datum, prognos, kommer att klara målet, kommentar / Goal, target, "
                    + "actual at a date, forecast, will meet the goal, comment")
    public Response interim(
            @Parameter(description = "År / year", example = "2026") @QueryParam("year") String year,
            @Parameter(description = FORMAT, example = "pdf") @QueryParam("format") String format) {
        return respond("interim", Params.of("year", year), format);
    }

    @GET
    @Path("allocation")
    @Operation(summary = "Fördelningsmodell per förvaltning (Malmö Tabell 1) / Allocation model per administration",
            description = "Anställda, fördelningstal, arbetsmarknadsanställda och praktikanter på ett datum / "
                    + "Employees, quota, people in employments and internships on a date")
    public Response allocation(
            @Parameter(description = "Datum / date", example = "2026-09-28") @QueryParam("asOf") String asOf,
            @Parameter(description = FORMAT, example = "xlsx") @QueryParam("format") String format) {
        return respond("allocation", Params.of("asOf", asOf), format);
    }

    @GET
    @Path("cost-projection")
    @Operation(summary = "Kostnadsprognos (Malmö Tabell 2) / Cost projection",
            description = "Volym per anställningsform × månadskostnad giltig varje månad. Utan volumes: nuvarande "
                    + "anställningar / Volume per employment kind × the monthly rate valid in each month; without "
                    + "volumes: current employments")
    public Response costProjection(
            @Parameter(description = "År / year", example = "2026") @QueryParam("year") String year,
            @Parameter(description = "slag:antal,… / kind:count,…", example = "utvecklingsanstallning:10,osa:10,nystartsjobb:10")
            @QueryParam("volumes") String volumes,
            @Parameter(description = "Tabell 2:s form: en rad per volym (av varje slag), t.ex. 10,20,30,40,50,100,200,300 /"
                    + " Tabell 2's form: a row per volume (of each kind)", example = "10,20,30,40,50,100,200,300")
            @QueryParam("steps") String steps,
            @Parameter(description = FORMAT, example = "json") @QueryParam("format") String format) {
        return respond("cost-projection", Params.of("year", year, "volumes", volumes, "steps", steps), format);
    }

    @GET
    @Path("projects")
    @Operation(summary = "Projekttabell (Lunds IRIS-tabell) / Project table",
            description = "Deltagare per delprojekt sedan start och hur många med försörjningsstöd / Participants per "
                    + "sub-project since the start, and of whom on assistance")
    @APIResponse(responseCode = "404", description = "Annan enhet än handläggarens / Another unit than the case officer's")
    public Response projects(
            @Parameter(description = "Projektkod / project code", example = "iris", required = true) @QueryParam("project") String project,
            @Parameter(description = "Från / from", example = "2020-09-01") @QueryParam("from") String from,
            @Parameter(description = "Till / to", example = "2022-08-31") @QueryParam("to") String to,
            @Parameter(description = "Enhet / unit", example = "arbete-forsorjning") @QueryParam("unit") String unit,
            @Parameter(description = FORMAT, example = "json") @QueryParam("format") String format) {
        return respond("projects", Params.of("project", project, "from", from, "to", to, "unit", unit), format);
    }

    @GET
    @Path("summer-jobs")
    @Operation(summary = "Feriepraktik per sektor / Summer jobs by sector",
            description = "Påbörjade feriepraktikplatser per sektor (kommunal, privat, idéell) och kön / "
                    + "Summer jobs started by sector and gender")
    @APIResponse(responseCode = "404", description = "Annan enhet än handläggarens / Another unit than the case officer's")
    public Response summerJobs(
            @Parameter(description = "År / year", example = "2026") @QueryParam("year") String year,
            @Parameter(description = "Enhet / unit", example = "unga-18-24") @QueryParam("unit") String unit,
            @Parameter(description = FORMAT, example = "csv") @QueryParam("format") String format) {
        return respond("summer-jobs", Params.of("year", year, "unit", unit), format);
    }

    @GET
    @Path("places")
    @Operation(summary = "Platser per sektor / Places by sector",
            description = "Platser och tillsatta platser i öppna och tillsatta annonser / Seats and filled seats")
    public Response places(@Parameter(description = FORMAT, example = "json") @QueryParam("format") String format) {
        return respond("places", Params.of(), format);
    }
}
