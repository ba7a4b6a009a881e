package se.arbetsmarknad.web.reports;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import se.arbetsmarknad.web.clients.ReportingApi;
import se.arbetsmarknad.web.clients.ReportingDtos.ExportJob;
import se.arbetsmarknad.web.clients.ReportingDtos.ExportRequest;
import se.arbetsmarknad.web.clients.ServiceProblem;
import se.arbetsmarknad.web.security.SignedInUser;

/**
 * Exports through reporting-service's export jobs: start one from a report page, follow its progress (htmx
 * polls the job about once a second and the bar moves), download the file when it is done. The file comes
 * through here, so the user's token never reaches the browser; reporting-service shows a job only to its creator.
 */
@Path("/rapporter/export")
@RolesAllowed(SignedInUser.MANAGER)
@Produces(MediaType.TEXT_HTML)
public class ExportsResource {

    static final Set<String> FORMATS = Set.of("csv", "xlsx", "pdf");
    static final Map<String, String> FORMAT_NAMES = Map.of("csv", "CSV", "xlsx", "Excel", "pdf", "PDF");

    @Inject
    @RestClient
    ReportingApi reporting;

    public record JobView(ExportJob job, Report report, String formatName) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance export(JobView view);

        static native TemplateInstance export$progress(JobView view);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response start(MultivaluedMap<String, String> posted, @HeaderParam("HX-Request") String htmx) {
        Report report = Report.of(posted.getFirst("report")).orElseThrow(NotFoundException::new);
        String format = posted.getFirst("format");
        if (!FORMATS.contains(format)) {
            throw new NotFoundException();
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        for (Report.Param p : report.params) {
            String v = posted.getFirst(p.key);
            if (v != null && !v.isBlank()) {
                parameters.put(p.key, v.trim());
            }
        }
        ExportJob job = reporting.startExport(new ExportRequest(report.name, format, parameters));
        if ("true".equals(htmx)) {
            return Response.ok(Templates.export$progress(view(job))).build();
        }
        return Response.seeOther(URI.create("/rapporter/export/" + job.id())).build();
    }

    @GET
    @Path("{id}")
    public TemplateInstance progress(@PathParam("id") UUID id, @HeaderParam("HX-Request") String htmx) {
        JobView view = view(reporting.export(id));
        return "true".equals(htmx) ? Templates.export$progress(view) : Templates.export(view);
    }

    @GET
    @Path("{id}/fil")
    @Produces({"text/csv", "application/pdf", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    public Response file(@PathParam("id") UUID id) {
        RestResponse<byte[]> file;
        try {
            file = reporting.exportFile(id);
        } catch (ServiceProblem p) {
            if (p.status() == 409) {
                return Response.seeOther(URI.create("/rapporter/export/" + id)).build();
            }
            throw p;
        }
        String disposition = file.getHeaderString("Content-Disposition");
        return Response.ok(file.getEntity(), file.getMediaType())
                .header("Content-Disposition", disposition != null ? disposition : "attachment")
                .header("Cache-Control", "private, no-store").build();
    }

    private static JobView view(ExportJob job) {
        return new JobView(job, Report.of(job.report()).orElse(null), FORMAT_NAMES.getOrDefault(job.format(), job.format()));
    }
}
