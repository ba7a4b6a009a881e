package se.arbetsmarknad.web.clients;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletionStage;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.oidc.token.propagation.common.AccessToken;
import se.arbetsmarknad.web.clients.GoalsDtos.CommentRequest;
import se.arbetsmarknad.web.clients.GoalsDtos.FollowUp;
import se.arbetsmarknad.web.clients.GoalsDtos.FreezeRequest;
import se.arbetsmarknad.web.clients.GoalsDtos.Goal;
import se.arbetsmarknad.web.clients.GoalsDtos.GoalStatus;
import se.arbetsmarknad.web.clients.GoalsDtos.Judgement;
import se.arbetsmarknad.web.clients.GoalsDtos.JudgementRequest;
import se.arbetsmarknad.web.clients.GoalsDtos.MilestoneRequest;
import se.arbetsmarknad.web.clients.GoalsDtos.Plan;
import se.arbetsmarknad.web.clients.GoalsDtos.PlanSummary;
import se.arbetsmarknad.web.clients.GoalsDtos.SeriesValues;

/** goals-service with the user's own token: plans, goals, judgements, follow-ups, reference series. */
@RegisterRestClient(configKey = "goals")
@RegisterProvider(ProblemResponseMapper.class)
@AccessToken
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Path("/api")
public interface GoalsApi {

    @GET
    @Path("me")
    Me me();

    /** One page of plans (goals-service's paging envelope); a municipality has a handful, so one page holds all. */
    @GET
    @Path("plans")
    Page<PlanSummary> plans(@QueryParam("size") int size);

    @GET
    @Path("plans/{id}")
    Plan plan(@PathParam("id") UUID id);

    @GET
    @Path("plans/{id}/status")
    List<GoalStatus> planStatus(@PathParam("id") UUID id, @QueryParam("year") Integer year);

    /** The same without waiting: a page that needs the plan and its goals' statuses asks for both at once. */
    @GET
    @Path("plans/{id}")
    CompletionStage<Plan> planAsync(@PathParam("id") UUID id);

    @GET
    @Path("plans/{id}/status")
    CompletionStage<List<GoalStatus>> planStatusAsync(@PathParam("id") UUID id, @QueryParam("year") Integer year);

    @GET
    @Path("goals/{id}/status")
    CompletionStage<GoalStatus> goalStatusAsync(@PathParam("id") UUID id);

    @GET
    @Path("goals/{id}/judgements")
    CompletionStage<List<Judgement>> judgementsAsync(@PathParam("id") UUID id);

    @GET
    @Path("goals/{id}")
    Goal goal(@PathParam("id") UUID id);

    @GET
    @Path("goals/{id}/status")
    GoalStatus goalStatus(@PathParam("id") UUID id);

    @GET
    @Path("goals/{id}/judgements")
    List<Judgement> judgements(@PathParam("id") UUID id);

    @POST
    @Path("goals/{id}/judgements")
    Judgement judge(@PathParam("id") UUID id, JudgementRequest request);

    @PUT
    @Path("goals/{id}/milestone")
    Goal milestone(@PathParam("id") UUID id, MilestoneRequest request);

    @GET
    @Path("plans/{id}/follow-ups")
    List<FollowUp> followUps(@PathParam("id") UUID planId);

    @POST
    @Path("plans/{id}/follow-ups")
    RestResponse<FollowUp> freeze(@PathParam("id") UUID planId, FreezeRequest request);

    @GET
    @Path("follow-ups/{id}")
    FollowUp followUp(@PathParam("id") UUID id);

    @POST
    @Path("follow-ups/{id}/comments")
    FollowUp comment(@PathParam("id") UUID id, CommentRequest request);

    @GET
    @Path("statistics")
    List<GoalsDtos.Statistic> statistics();

    /** Without waiting: the admins' reference-data page asks its four services at once. */
    @GET
    @Path("reference-data")
    CompletionStage<List<GoalsDtos.Series>> referenceSeriesListAsync();

    @GET
    @Path("reference-data/{series}")
    SeriesValues referenceSeries(@PathParam("series") String series);

    @PUT
    @Path("reference-data/{series}")
    SeriesValues putReferenceSeries(@PathParam("series") String series, SeriesValues values);
}
