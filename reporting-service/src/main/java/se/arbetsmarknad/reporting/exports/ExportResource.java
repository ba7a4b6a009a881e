package se.arbetsmarknad.reporting.exports;

import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.arbetsmarknad.platform.problem.ProblemException;
import se.arbetsmarknad.platform.security.CurrentUser;
import se.arbetsmarknad.platform.security.Roles;
import se.arbetsmarknad.reporting.access.Access;
import se.arbetsmarknad.reporting.access.Scope;

@Path("/api/exports")
@Tag(name = "Exporter / Exports")
@RolesAllowed({Roles.MANAGER, Roles.ADMIN, Roles.CASE_OFFICER})
public class ExportResource {

    @Inject
    ExportService service;
    @Inject
    Access access;
    @Inject
    CurrentUser user;

    @Schema(name = "ExportRequest")
    public record ExportRequest(
            @NotBlank @Schema(example = "allocation", description = "dashboard, interim, allocation, cost-projection, "
                    + "projects, summer-jobs, places, statistic") String report,
            @NotBlank @Schema(example = "xlsx", enumeration = {"csv", "xlsx", "pdf"}) String format,
            @Schema(example = "{\"asOf\": \"2026-09-28\"}", description = "Rapportens parametrar / the report's parameters")
            Map<String, String> parameters) {
    }

    /** What a page needs to show a progress bar, then a download link (or why there is none). */
    @Schema(name = "ExportJob")
    public record JobView(@Schema(example = "5b7e…") UUID id, @Schema(example = "allocation") String report,
            @Schema(example = "xlsx") String format,
            @Schema(example = "running", enumeration = {"running", "done", "failed"}) String status,
            @Schema(example = "45", minimum = "0", maximum = "100", description = "Procent klart / percent done") int progress,
            @Schema(description = "Varför exporten misslyckades (på svenska) / why it failed") String error,
            @Schema(example = "/api/exports/5b7e…/file", description = "Finns när status är done / present when done") String download,
            @Schema(example = "allocation.xlsx") String filename,
            Instant createdAt, Instant finishedAt) {
    }

    @POST
    @Consumes("application/json")
    @Produces("application/json")
    @Operation(summary = "Starta en export / Start an export",
            description = "Skapar ett exportjobb; följ förloppet med GET och hämta filen när status är done / "
                    + "Creates an export job; follow its progress with GET and download when done")
    @APIResponse(responseCode = "202", description = "Jobbet har startat / The job started",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = JobView.class)))
    @APIResponse(responseCode = "400", description = "Ogiltig begäran / Invalid request")
    public Response create(@NotNull @Valid ExportRequest request) {
        UUID id = service.create(request.report(), request.format(), request.parameters(), Scope.of(access));
        return Response.accepted(view(service.find(id, Scope.of(access), true).orElseThrow()))
                .location(URI.create("/api/exports/" + id)).header("Retry-After", "1").build();
    }

    @GET
    @Path("{id}")
    @Produces("application/json")
    @Operation(summary = "Exportens förlopp / Export progress")
    @APIResponse(responseCode = "200", description = "Jobbets status och förlopp i procent / Status and progress in percent",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = JobView.class)))
    @APIResponse(responseCode = "404", description = "Finns inte eller är någon annans / Missing or someone else's")
    public Response get(@PathParam("id") UUID id) {
        JobView view = view(job(id));
        // While it runs, tell a polling page when to ask again.
        return "running".equals(view.status()) ? Response.ok(view).header("Retry-After", "1").build()
                : Response.ok(view).build();
    }

    @GET
    @Path("{id}/file")
    @Produces({"text/csv", "application/pdf", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    @Operation(summary = "Hämta exportfilen / Download the export")
    @APIResponse(responseCode = "200", description = "Filen / The file")
    @APIResponse(responseCode = "404", description = "Finns inte eller är någon annans / Missing or someone else's")
    @APIResponse(responseCode = "409", description = "Inte klar än / Not finished yet")
    public Response file(@PathParam("id") UUID id) {
        job(id);
        ExportService.File f = service.file(id);
        return Response.ok(f.content(), f.contentType())
                .header("Content-Disposition", "attachment; filename=\"" + f.filename() + "\"").build();
    }

    private ExportService.Job job(UUID id) {
        return service.find(id, Scope.of(access), user.isAdmin())
                .orElseThrow(() -> ProblemException.notFound("Exporten"));
    }

    private static JobView view(ExportService.Job j) {
        boolean done = "done".equals(j.status());
        return new JobView(j.id(), j.report(), j.format(), j.status(), j.progress(),
                "failed".equals(j.status()) ? "Exporten kunde inte skapas (" + j.error() + "). Försök igen eller kontakta "
                        + "förvaltningens systemförvaltare. / The export failed." : null,
                done ? "/api/exports/" + j.id() + "/file" : null, done ? j.filename() : j.report() + "." + j.format(),
                j.createdAt(), j.finishedAt());
    }
}
