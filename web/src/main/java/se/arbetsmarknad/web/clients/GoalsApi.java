package se.arbetsmarknad.web.clients;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.quarkus.oidc.token.propagation.common.AccessToken;

/**
 * goals-service with the user's own token. The manager's pages (issue 11) add their operations here,
 * with typed records beside them as in {@link ParticipantDtos}.
 */
@RegisterRestClient(configKey = "goals")
@RegisterProvider(ProblemResponseMapper.class)
@AccessToken
@Produces(MediaType.APPLICATION_JSON)
@Path("/api")
public interface GoalsApi {

    @GET
    @Path("me")
    Me me();

    @GET
    @Path("plans")
    List<Map<String, Object>> plans();

    @GET
    @Path("plans/{id}")
    Map<String, Object> plan(@PathParam("id") String id);
}
