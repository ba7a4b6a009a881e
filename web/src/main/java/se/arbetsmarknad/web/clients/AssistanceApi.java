package se.arbetsmarknad.web.clients;

import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.quarkus.oidc.token.propagation.common.AccessToken;
import se.arbetsmarknad.web.clients.AssistanceDtos.ImportReport;
import se.arbetsmarknad.web.clients.AssistanceDtos.ImportView;

/**
 * reporting-service's monthly figures from the financial-assistance system (ekonomiskt bistånd), with the
 * user's own token: a sheet checked (dry run) or imported, the template's header row, the imports made.
 */
@RegisterRestClient(configKey = "reporting")
@RegisterProvider(ProblemResponseMapper.class)
@AccessToken
@Path("/api/assistance-figures")
public interface AssistanceApi {

    String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** CSV or XLSX as the manager saved it; all or nothing, and with dryRun only the per-row report. */
    @POST
    @Path("sheet")
    @Consumes({"text/csv", XLSX})
    @Produces(MediaType.APPLICATION_JSON)
    ImportReport upload(@QueryParam("dryRun") boolean dryRun, @QueryParam("filename") String filename,
            @HeaderParam("Content-Type") String contentType, byte[] file);

    /** The file's header row as CSV (UTF-8 with BOM, semicolons), for the user to fill in. */
    @GET
    @Path("sheet/template")
    @Produces("text/csv")
    byte[] template();

    @GET
    @Path("imports")
    @Produces(MediaType.APPLICATION_JSON)
    List<ImportView> imports(@QueryParam("limit") int limit);
}
