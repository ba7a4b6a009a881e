package se.arbetsmarknad.web.clients;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.quarkus.oidc.token.propagation.common.AccessToken;

/**
 * reporting-service with the user's own token. The manager's report pages (issue 11) add the reports,
 * charts and export jobs here.
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

    /** The chart as SVG, drawn by reporting-service (the dashboard embeds it). */
    @GET
    @Path("charts/{chart}")
    @Produces("image/svg+xml")
    String chartSvg(@jakarta.ws.rs.PathParam("chart") String chart);
}
