package se.arbetsmarknad.web.reports;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import se.arbetsmarknad.web.clients.ReportingApi;
import se.arbetsmarknad.web.clients.ServiceProblem;
import se.arbetsmarknad.web.errors.Form;
import se.arbetsmarknad.web.format.Labels;
import se.arbetsmarknad.web.format.Labels.Option;
import se.arbetsmarknad.web.format.Today;
import se.arbetsmarknad.web.security.SignedInUser;

/**
 * The reports as pages: each report's parameters as a form (GET, so the address can be bookmarked), the
 * table with suppressed cells as "–", export buttons (CSV, Excel, PDF through the export jobs) and, on the
 * monthly dashboard, reporting-service's SVG charts with their figures as tables beside them.
 */
@Path("/rapporter")
@RolesAllowed(SignedInUser.MANAGER)
@Produces(MediaType.TEXT_HTML)
public class ReportsResource {

    /** The charts of the monthly dashboard: reporting-service's chart name, title and what it shows (for the alt text). */
    public record Chart(String name, String title, String description, Map<String, String> parameters, ReportTable figures) {

        public String caption() {
            return "Siffrorna i diagrammet: " + title;
        }

        public String src() {
            StringBuilder b = new StringBuilder("/rapporter/diagram/").append(name).append(".svg");
            String sep = "?";
            for (Map.Entry<String, String> e : parameters.entrySet()) {
                b.append(sep).append(e.getKey()).append('=').append(java.net.URLEncoder.encode(e.getValue(), java.nio.charset.StandardCharsets.UTF_8));
                sep = "&";
            }
            return b.toString();
        }
    }

    public record ReportPage(Report report, Map<String, String> values, Form form, ReportTable table, List<Chart> charts,
            List<Option> units) {

        public String value(String key) {
            return values.getOrDefault(key, "");
        }
    }

    @Inject
    @RestClient
    ReportingApi reporting;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance reports(List<Report> reports);

        static native TemplateInstance report(ReportPage page);
    }

    @GET
    public TemplateInstance reports() {
        return Templates.reports(List.of(Report.values()));
    }

    @GET
    @Path("{report}")
    public Response report(@PathParam("report") String name, @Context UriInfo uri) {
        Report report = Report.of(name).orElseThrow(NotFoundException::new);
        Map<String, String> values = values(report, uri);
        Form form = Form.empty();
        report.params.forEach(p -> form.value(p.key, values.get(p.key)));
        form.labels(labels(report));
        ReportTable table = null;
        List<Chart> charts = List.of();
        int status = 200;
        try {
            table = ReportTable.of(reporting.report(report.name, values));
            if (report == Report.DASHBOARD) {
                charts = dashboardCharts(values);
            }
        } catch (ServiceProblem p) {
            p.rethrowUnlessAboutTheInput();
            form.fromProblem(p, f -> report.params.stream().anyMatch(x -> x.key.equals(f)) ? f : null);
            status = 422;
        }
        return Response.status(status).entity(Templates.report(new ReportPage(report, values, form, table, charts,
                Labels.options("unit")))).build();
    }

    /** A chart as SVG from reporting-service, for an {@code <img>} on the dashboard (the token stays here). */
    @GET
    @Path("diagram/{chart:enrolled-per-month|exits-accumulated}.svg")
    @Produces("image/svg+xml")
    public Response chart(@PathParam("chart") String chart, @QueryParam("year") String year, @QueryParam("years") String years,
            @QueryParam("unit") String unit) {
        Map<String, String> p = new LinkedHashMap<>();
        put(p, "year", year);
        put(p, "years", years);
        put(p, "unit", unit);
        p.put("format", "svg");
        return Response.ok(reporting.chartSvg(chart, p), "image/svg+xml").header("Cache-Control", "private, max-age=60").build();
    }

    private List<Chart> dashboardCharts(Map<String, String> values) {
        int year = YearMonth.parse(values.get("month")).getYear();
        Map<String, String> enrolled = new LinkedHashMap<>();
        enrolled.put("year", String.valueOf(year));
        put(enrolled, "unit", values.get("unit"));
        Map<String, String> exits = new LinkedHashMap<>();
        exits.put("years", (year - 2) + "," + (year - 1) + "," + year);
        put(exits, "unit", values.get("unit"));
        return List.of(
                chart("enrolled-per-month", "Inskrivna per månad " + year,
                        "Stapeldiagram: nya inskrivna deltagare per månad " + year + ", kvinnor, män och totalt.", enrolled),
                chart("exits-accumulated", "Avslut till arbete eller studier, ackumulerat",
                        "Linjediagram: avslut till arbete eller studier hittills under året, en linje per år " + (year - 2) + "–" + year + ".",
                        exits));
    }

    private Chart chart(String name, String title, String description, Map<String, String> parameters) {
        Map<String, String> json = new LinkedHashMap<>(parameters);
        json.put("format", "json");
        return new Chart(name, title, description, parameters, ReportTable.of(reporting.chartTable(name, json)));
    }

    /** The report's parameters from the address, with the defaults a manager most often wants. */
    static Map<String, String> values(Report report, UriInfo uri) {
        Map<String, String> v = new LinkedHashMap<>();
        LocalDate today = Today.get();
        for (Report.Param p : report.params) {
            String given = uri.getQueryParameters().getFirst(p.key);
            if (given != null && !given.isBlank()) {
                v.put(p.key, given.trim().length() > 200 ? given.trim().substring(0, 200) : given.trim());
                continue;
            }
            switch (p) {
                case MONTH -> v.put(p.key, YearMonth.from(today).toString());
                case YEAR -> v.put(p.key, String.valueOf(today.getYear()));
                case AS_OF -> v.put(p.key, today.toString());
                case PROJECT -> v.put(p.key, "iris");
                default -> {
                }
            }
        }
        return v;
    }

    static Map<String, String> labels(Report report) {
        Map<String, String> m = new LinkedHashMap<>();
        report.params.forEach(p -> m.put(p.key, p.label));
        return m;
    }

    private static void put(Map<String, String> m, String key, String value) {
        if (value != null && !value.isBlank()) {
            m.put(key, value);
        }
    }
}
