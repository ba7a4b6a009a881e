package se.arbetsmarknad.reporting.kolada;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.arbetsmarknad.platform.problem.ProblemException;
import se.arbetsmarknad.platform.security.Roles;
import se.arbetsmarknad.reporting.access.Access;
import se.arbetsmarknad.reporting.access.Scope;
import se.arbetsmarknad.reporting.statistics.Period;
import se.arbetsmarknad.reporting.statistics.Series;
import se.arbetsmarknad.reporting.statistics.StatisticsService;
import se.arbetsmarknad.reporting.table.Suppression;
import se.arbetsmarknad.reporting.table.Table;

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
    StatisticsService statistics;
    @Inject
    Access access;
    @ConfigProperty(name = "reporting.municipality-code")
    String municipality;

    @Schema(name = "KoladaValue")
    public record Value(@Schema(example = "T", enumeration = {"T", "K", "M"}) String gender,
            @Schema(example = "143") Number value, @Schema(example = "143") Long count,
            @Schema(example = "", description = "\"\" eller \"..\" (undertryckt) / \"\" or \"..\" (suppressed)") String status) {
    }

    @Schema(name = "KoladaDataPoint")
    public record DataPoint(@Schema(example = "supported-employments-started") String kpi,
            @Schema(example = "1281") String municipality, @Schema(example = "2026") int period, List<Value> values) {
    }

    @Schema(name = "KoladaResponse")
    public record KoladaResponse(int count, List<DataPoint> values) {
    }

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
        int current = LocalDate.now().getYear();
        List<DataPoint> points = new ArrayList<>();
        for (int year : parseYears(years, current)) {
            LocalDate to = year == current ? LocalDate.now() : LocalDate.of(year, 12, 31);
            Series s = statistics.series(new StatisticsService.Ask(statistic, Period.RANGE.name(), null,
                    LocalDate.of(year, 1, 1), to, List.of(), null, null, null, null));
            Series.Row r = s.rows().get(0);
            Table t = new Table(statistic + " " + year, new Table.Column("g", "Kön", Table.Type.TEXT),
                    new Table.Column("v", "Värde", Table.Type.NUMBER));
            Table.Cell[] cells = new Table.Cell[3];
            int i = 0;
            for (String g : List.of("T", "K", "M")) {
                Series.Value v = r.gender(g);
                Map<String, Table.Cell> row = t.addRow();
                row.put("g", Table.text(g));
                cells[i] = s.statistic().isMedian() ? Table.measure(v.value(), v.people())
                        : "T".equals(g) ? Table.totalCount(v.people()) : Table.count(v.people());
                row.put("v", cells[i++]);
            }
            if (!s.statistic().isMedian()) {
                t.relation(cells[0], cells[1], cells[2]);
            }
            Suppression.protect(t);
            List<Value> values = new ArrayList<>();
            for (int k = 0; k < 3; k++) {
                Table.Cell c = cells[k];
                Series.Value v = r.gender(List.of("T", "K", "M").get(k));
                values.add(new Value(List.of("T", "K", "M").get(k), (Number) c.value(),
                        c.suppressed() ? null : v.people(), c.suppressed() ? Suppression.MARK : ""));
            }
            points.add(new DataPoint(statistic, municipality, year, values));
        }
        return new KoladaResponse(points.size(), points);
    }

    private static List<Integer> parseYears(String text, int current) {
        List<Integer> years = new ArrayList<>();
        try {
            for (String p : (text == null || text.isBlank() ? String.valueOf(current) : text).split(",")) {
                int y = Integer.parseInt(p.trim());
                if (y < 2000 || y > 2100) {
                    throw new NumberFormatException();
                }
                years.add(y);
            }
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("years", "årtal, kommaseparerade / years, comma separated");
        }
        if (years.size() > 20) {
            throw ProblemException.invalid("years", "högst 20 år / at most 20 years");
        }
        return years;
    }
}
