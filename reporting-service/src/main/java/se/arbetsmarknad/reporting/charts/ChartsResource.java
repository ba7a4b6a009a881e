package se.arbetsmarknad.reporting.charts;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

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

import se.arbetsmarknad.platform.problem.ProblemException;
import se.arbetsmarknad.platform.security.Roles;
import se.arbetsmarknad.reporting.access.Access;
import se.arbetsmarknad.reporting.cache.FiguresCache;
import se.arbetsmarknad.reporting.table.Table;
import se.arbetsmarknad.reporting.render.TableJson;

@Path("/api/charts")
@Tag(name = "Diagram / Charts")
@RolesAllowed({Roles.MANAGER, Roles.ADMIN, Roles.CASE_OFFICER})
@Produces({"image/svg+xml", "image/png", "application/json"})
@APIResponse(responseCode = "200", description = "Diagrammet eller dess data / The chart or its data")
@APIResponse(responseCode = "400", description = "Ogiltig parameter / Invalid parameter")
@APIResponse(responseCode = "404", description = "Annan enhet än handläggarens / Another unit than the case officer's")
public class ChartsResource {

    @Inject
    ChartData charts;
    @Inject
    Access access;
    @Inject
    FiguresCache cache;

    @Inject
    Clock clock;

    @GET
    @Path("enrolled-per-month")
    @Operation(summary = "Inskrivna per månad (stapeldiagram) / Enrolled per month (bar chart)",
            description = "SVG (standard), PNG eller diagrammets data som JSON / SVG (default), PNG or the chart's data as JSON")
    public Response enrolled(
            @Parameter(description = "År / year", example = "2026") @QueryParam("year") Integer year,
            @Parameter(description = "Enhet / unit", example = "unga-18-24") @QueryParam("unit") String unit,
            @Parameter(description = "svg | png | json", example = "svg") @QueryParam("format") String format,
            @Parameter(description = "Bredd px / width", example = "900") @QueryParam("width") Integer width,
            @Parameter(description = "Höjd px / height", example = "500") @QueryParam("height") Integer height) {
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        String u = access.unitFilter(unit);
        return render(() -> charts.enrolledPerMonth(y, u), u, false, List.of("K", "M", "T"), "Antal inskrivna", format,
                width, height, "inskrivna-" + y);
    }

    @GET
    @Path("exits-accumulated")
    @Operation(summary = "Avslut till arbete/studier ackumulerat, en linje per år / Exits to work or studies accumulated, one line per year",
            description = "SVG (standard), PNG eller JSON / SVG (default), PNG or JSON")
    public Response exits(
            @Parameter(description = "År, kommaseparerade / years, comma separated", example = "2024,2025,2026") @QueryParam("years") String years,
            @Parameter(description = "Enhet / unit", example = "unga-18-24") @QueryParam("unit") String unit,
            @Parameter(description = "svg | png | json", example = "png") @QueryParam("format") String format,
            @Parameter(description = "Bredd px / width", example = "900") @QueryParam("width") Integer width,
            @Parameter(description = "Höjd px / height", example = "500") @QueryParam("height") Integer height) {
        List<Integer> list = new ArrayList<>();
        int current = LocalDate.now(clock).getYear();
        String text = years == null || years.isBlank() ? (current - 2) + "," + (current - 1) + "," + current : years;
        try {
            for (String part : text.split(",")) {
                int y = Integer.parseInt(part.trim());
                if (y < 2000 || y > 2100) {
                    throw new NumberFormatException();
                }
                list.add(y);
            }
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("years", "årtal, kommaseparerade / years, comma separated");
        }
        String u = access.unitFilter(unit);
        return render(() -> charts.exitsAccumulated(list, u), u, true, list.stream().map(String::valueOf).toList(),
                "Antal avslut (ackumulerat)", format, width, height, "avslut-ackumulerat-" + String.join("-",
                        list.stream().map(String::valueOf).toList()));
    }

    /** The chart (or its data) once per read-model version and request: drawing a PNG costs far more than the figures. */
    private Response render(Supplier<Table> table, String unit, boolean lines, List<String> series, String axis,
            String format, Integer width, Integer height, String filename) {
        int w = width == null ? 900 : width;
        int h = height == null ? 500 : height;
        if (w < 200 || w > 4000) {
            throw ProblemException.invalid("width", "200–4000");
        }
        if (h < 150 || h > 4000) {
            throw ProblemException.invalid("height", "150–4000");
        }
        String f = format == null ? "svg" : format.toLowerCase();
        if (!List.of("json", "png", "svg").contains(f)) {
            throw ProblemException.invalid("format", "svg, png eller json / svg, png or json");
        }
        String key = "chart|" + filename + "|" + unit + "|" + f + "|" + w + "x" + h;
        Object body = cache.get(key, () -> {
            ChartDrawing.Spec spec = new ChartDrawing.Spec(table.get(), series, axis, lines);
            return switch (f) {
                case "json" -> TableJson.of(spec.table());
                case "png" -> ChartDrawing.png(ChartDrawing.chart(spec), w, h);
                default -> ChartDrawing.svg(spec, w, h);
            };
        });
        if ("json".equals(f)) {
            return Response.ok(body, "application/json").build();
        }
        return Response.ok(body, "png".equals(f) ? "image/png" : "image/svg+xml")
                .header("Content-Disposition", "inline; filename=\"" + filename + "." + f + "\"").build();
    }
}
