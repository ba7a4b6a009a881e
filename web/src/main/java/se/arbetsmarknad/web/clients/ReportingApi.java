package se.arbetsmarknad.web.clients;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletionStage;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.oidc.token.propagation.common.AccessToken;
import se.arbetsmarknad.web.clients.ReportingDtos.ExportJob;
import se.arbetsmarknad.web.clients.ReportingDtos.ExportRequest;
import se.arbetsmarknad.web.clients.ReportingDtos.Table;

/**
 * reporting-service with the user's own token: reports as tables, charts (SVG drawn by the service, and the
 * same figures as a table) and export jobs. Parameters pass through as the report names them.
 */
@RegisterRestClient(configKey = "reporting")
@RegisterProvider(ProblemResponseMapper.class)
@AccessToken
@Produces(MediaType.APPLICATION_JSON)
@Path("/api")
public interface ReportingApi {

    @GET
    @Path("me")
    Me me();

    @GET
    @Path("reports/{report}")
    Table report(@PathParam("report") String report, @RestQuery Map<String, String> parameters);

    /** The chart's figures (format=json among the parameters). */
    @GET
    @Path("charts/{chart}")
    Table chartTable(@PathParam("chart") String chart, @RestQuery Map<String, String> parameters);

    /** The chart as SVG, drawn by reporting-service (format=svg among the parameters). */
    @GET
    @Path("charts/{chart}")
    @Produces("image/svg+xml")
    String chartSvg(@PathParam("chart") String chart, @RestQuery Map<String, String> parameters);

    /** Without waiting: the admins' reference-data page asks its four services at once. */
    @GET
    @Path("cost-rates")
    CompletionStage<java.util.List<ReportingDtos.CostRate>> costRatesAsync();

    @POST
    @Path("cost-rates")
    @Consumes(MediaType.APPLICATION_JSON)
    ReportingDtos.CostRate addCostRate(ReportingDtos.NewCostRate rate);

    @POST
    @Path("exports")
    @Consumes(MediaType.APPLICATION_JSON)
    ExportJob startExport(ExportRequest request);

    @GET
    @Path("exports/{id}")
    ExportJob export(@PathParam("id") UUID id);

    @GET
    @Path("exports/{id}/file")
    @Produces({"text/csv", "application/pdf", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    RestResponse<byte[]> exportFile(@PathParam("id") UUID id);
}
