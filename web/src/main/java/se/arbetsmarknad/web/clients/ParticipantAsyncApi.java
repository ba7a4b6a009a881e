package se.arbetsmarknad.web.clients;

import java.util.concurrent.CompletionStage;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.quarkus.oidc.token.propagation.common.AccessToken;
import java.util.List;
import java.util.UUID;

import se.arbetsmarknad.web.clients.ParticipantDtos.Overview;
import se.arbetsmarknad.web.clients.ParticipantDtos.WorklistRow;

/** The participant-service calls a page makes several of at once, without waiting for each in turn. */
@RegisterRestClient(configKey = "participant")
@RegisterProvider(ProblemResponseMapper.class)
@AccessToken
@Produces(MediaType.APPLICATION_JSON)
@Path("/api")
public interface ParticipantAsyncApi {

    @GET
    @Path("worklists/{list}")
    CompletionStage<Page<WorklistRow>> worklist(@PathParam("list") String list, @QueryParam("officer") String officer,
            @QueryParam("status") String status, @QueryParam("gender") String gender, @QueryParam("sort") String sort,
            @QueryParam("dir") String dir, @QueryParam("page") int page, @QueryParam("size") int size);

    /** The participant with enrolments, plan, follow-ups, interventions and projects: one request, one commit of its audit rows. */
    @GET
    @Path("participants/{id}/overview")
    CompletionStage<Overview> overview(@PathParam("id") UUID id);
}
