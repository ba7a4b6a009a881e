package se.arbetsmarknad.web.clients;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletionStage;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.quarkus.oidc.token.propagation.common.AccessToken;
import se.arbetsmarknad.web.clients.ParticipantDtos.Attributes;
import se.arbetsmarknad.web.clients.ParticipantDtos.EnrolRequest;
import se.arbetsmarknad.web.clients.ParticipantDtos.EnrolResult;
import se.arbetsmarknad.web.clients.ParticipantDtos.EnrolmentWithHistory;
import se.arbetsmarknad.web.clients.ParticipantDtos.FollowUp;
import se.arbetsmarknad.web.clients.ParticipantDtos.FollowUpRequest;
import se.arbetsmarknad.web.clients.ParticipantDtos.Intervention;
import se.arbetsmarknad.web.clients.ParticipantDtos.InterventionKind;
import se.arbetsmarknad.web.clients.ParticipantDtos.Membership;
import se.arbetsmarknad.web.clients.ParticipantDtos.Participant;
import se.arbetsmarknad.web.clients.ParticipantDtos.PlanRequest;
import se.arbetsmarknad.web.clients.ParticipantDtos.PlanView;
import se.arbetsmarknad.web.clients.ParticipantDtos.PlanWithHistory;
import se.arbetsmarknad.web.clients.ParticipantDtos.Project;


/**
 * participant-service, called with the signed-in user's own access token: the service decides what this
 * user may see (its unit; protected identities only for the responsible officer) and answers 404 otherwise.
 */
@RegisterRestClient(configKey = "participant")
@RegisterProvider(ProblemResponseMapper.class)
@AccessToken
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Path("/api")
public interface ParticipantApi {

    @POST
    @Path("participants/search")
    Participant search(ParticipantDtos.SearchRequest request);

    @POST
    @Path("participants")
    EnrolResult enrol(EnrolRequest request);

    @POST
    @Path("participants/bulk")
    @Consumes("text/csv")
    ParticipantDtos.BulkResult bulkEnrol(String csv);

    @GET
    @Path("participants/{id}")
    Participant participant(@PathParam("id") UUID id);

    @PUT
    @Path("participants/{id}/attributes")
    Participant updateAttributes(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, Attributes attributes);

    @POST
    @Path("participants/{id}/transfer")
    Participant transfer(@PathParam("id") UUID id, ParticipantDtos.TransferRequest request);

    @POST
    @Path("participants/{id}/pause")
    Participant pause(@PathParam("id") UUID id, ParticipantDtos.DateRequest request);

    @POST
    @Path("participants/{id}/resume")
    Participant resume(@PathParam("id") UUID id, ParticipantDtos.DateRequest request);

    @POST
    @Path("participants/{id}/exit")
    Participant exit(@PathParam("id") UUID id, ParticipantDtos.ExitRequest request);

    @POST
    @Path("participants/{id}/reopen")
    Participant reopen(@PathParam("id") UUID id, ParticipantDtos.ReopenRequest request);

    @GET
    @Path("participants/{id}/enrolments")
    List<EnrolmentWithHistory> enrolments(@PathParam("id") UUID id);

    @GET
    @Path("participants/{id}/plan")
    PlanWithHistory plan(@PathParam("id") UUID id);

    @PUT
    @Path("participants/{id}/plan")
    PlanView updatePlan(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, PlanRequest request);

    @GET
    @Path("participants/{id}/follow-ups")
    List<FollowUp> followUps(@PathParam("id") UUID id);

    @POST
    @Path("participants/{id}/follow-ups")
    FollowUp recordFollowUp(@PathParam("id") UUID id, FollowUpRequest request);

    @GET
    @Path("participants/{id}/interventions")
    List<Intervention> interventions(@PathParam("id") UUID id);

    @POST
    @Path("participants/{id}/interventions")
    Intervention startIntervention(@PathParam("id") UUID id, ParticipantDtos.StartIntervention request);

    @POST
    @Path("participants/{id}/interventions/{iid}/end")
    Intervention endIntervention(@PathParam("id") UUID id, @PathParam("iid") UUID interventionId,
            ParticipantDtos.EndIntervention request);

    @GET
    @Path("participants/{id}/projects")
    List<Membership> memberships(@PathParam("id") UUID id);

    @PUT
    @Path("participants/{id}/projects/{code}")
    Membership joinProject(@PathParam("id") UUID id, @PathParam("code") String code, ParticipantDtos.DateOn request);

    @POST
    @Path("participants/{id}/projects/{code}/leave")
    Membership leaveProject(@PathParam("id") UUID id, @PathParam("code") String code, ParticipantDtos.DateOn request);

    @GET
    @Path("projects")
    List<Project> projects();

    @GET
    @Path("intervention-kinds")
    List<InterventionKind> interventionKinds();

    /** The same without waiting: the admins' reference-data page asks its four services at once. */
    @GET
    @Path("intervention-kinds")
    CompletionStage<List<InterventionKind>> interventionKindsAsync();

    /** How many each worklist holds (slug → count, in the lists' order); reads no personal data, so nothing is audited. */
    @GET
    @Path("worklists/counts")
    java.util.Map<String, Long> worklistCounts(@QueryParam("officer") String officer);

    @POST
    @Path("intervention-kinds")
    InterventionKind addInterventionKind(AdminDtos.NewKind kind);

    @GET
    @Path("admin/audit")
    Page<AdminDtos.AuditRow> audit(@QueryParam("participantId") UUID participantId, @QueryParam("username") String username,
            @QueryParam("action") String action, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("admin/audit/verify")
    AdminDtos.Verification verifyAudit(@QueryParam("anchor") String anchor);

    @GET
    @Path("admin/retention/preview")
    AdminDtos.RetentionPreview retentionPreview(@QueryParam("page") int page, @QueryParam("size") int size);

    @POST
    @Path("admin/retention/run")
    AdminDtos.RetentionRun runRetention();
}
