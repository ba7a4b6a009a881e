package se.arbetsmarknad.reporting.statistics;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.arbetsmarknad.platform.security.Roles;
import se.arbetsmarknad.reporting.access.Access;
import se.arbetsmarknad.reporting.render.TableResponses;

@Path("/api/statistics")
@Tag(name = "Statistik / Statistics")
@RolesAllowed({Roles.MANAGER, Roles.ADMIN, Roles.CASE_OFFICER})
public class StatisticsResource {

    @Inject
    StatisticsService service;
    @Inject
    Access access;
    @Inject
    TableResponses responses;

    @Inject
    Clock clock;

    @GET
    @Produces("application/json")
    @Operation(summary = "Statistikkatalogen / The statistics catalogue",
            description = "Namngivna statistiker med enhet och hur månader summeras / Named statistics with unit and aggregation")
    @APIResponse(responseCode = "200", description = "Katalogen / The catalogue")
    public List<Catalogue.Statistic> catalogue() {
        return service.catalogue();
    }

    @GET
    @Path("{id}")
    @Produces({"application/json", "text/csv", "application/pdf",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    @Operation(summary = "En statistik per period och fördelning / A statistic by period and breakdown",
            description = "Per period (month, quarter, year, ytd, range) och kön K/M/T, valfritt per enhet, åldersgrupp, "
                    + "slag och projekt. Värden 1–4 och det som går att räkna fram ur dem visas som \"..\". "
                    + "Handläggare ser bara sin enhet. / By period and gender, optionally by unit, age band, kind and "
                    + "project; counts 1–4 and what they can be derived from are suppressed. Case officers see their unit only.")
    @APIResponse(responseCode = "200", description = "Tabellen / The table")
    @APIResponse(responseCode = "400", description = "Ogiltig parameter / Invalid parameter")
    @APIResponse(responseCode = "404", description = "Okänd statistik eller annan enhet / Unknown statistic or another unit")
    public Response statistic(
            @Parameter(description = "Katalog-id / catalogue id", example = "supported-employments-started") @PathParam("id") String id,
            @Parameter(description = "month | quarter | year | ytd | range", example = "month") @QueryParam("period") String period,
            @Parameter(description = "Kalenderår (standard: i år) / calendar year (default: this year)", example = "2026") @QueryParam("year") Integer year,
            @Parameter(description = "Från och med / from (ISO date)", example = "2026-01-01") @QueryParam("from") LocalDate from,
            @Parameter(description = "Till och med / to (ISO date)", example = "2026-08-31") @QueryParam("to") LocalDate to,
            @Parameter(description = "Fördelning / breakdown: unit, ageBand, kind, project", example = "kind") @QueryParam("by") List<String> by,
            @Parameter(description = "Enhet / unit", example = "unga-18-24") @QueryParam("unit") String unit,
            @Parameter(description = "Slag (insats, avslutsorsak, delprojekt) / kind", example = "praktik") @QueryParam("kind") String kind,
            @Parameter(description = "Projekt / project", example = "IRIS") @QueryParam("project") String project,
            @Parameter(description = "Åldersgrupp / age band", example = "20-24") @QueryParam("ageBand") String ageBand,
            @Parameter(description = "json | csv | xlsx | pdf", example = "json") @QueryParam("format") String format) {
        var ask = new StatisticsService.Ask(id, period, year, from, to, by, access.unitFilter(unit), kind, project, ageBand);
        return responses.respond("statistic|" + ask + "|" + LocalDate.now(clock), () -> service.table(ask), format, id);
    }
}
