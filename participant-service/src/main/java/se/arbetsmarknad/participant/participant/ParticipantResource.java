package se.arbetsmarknad.participant.participant;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.arbetsmarknad.participant.common.Actors;
import se.arbetsmarknad.participant.participant.ParticipantDtos.Attributes;
import se.arbetsmarknad.participant.participant.ParticipantDtos.DateRequest;
import se.arbetsmarknad.participant.participant.ParticipantDtos.EnrolRequest;
import se.arbetsmarknad.participant.participant.ParticipantDtos.EnrolResult;
import se.arbetsmarknad.participant.participant.ParticipantDtos.EnrolmentWithHistory;
import se.arbetsmarknad.participant.participant.ParticipantDtos.ExitRequest;
import se.arbetsmarknad.participant.participant.ParticipantDtos.ParticipantView;
import se.arbetsmarknad.participant.participant.ParticipantDtos.ReopenRequest;
import se.arbetsmarknad.participant.participant.ParticipantDtos.SearchRequest;
import se.arbetsmarknad.participant.participant.ParticipantDtos.TransferRequest;
import se.arbetsmarknad.platform.http.Versions;
import se.arbetsmarknad.platform.security.Roles;

@Path("/api/participants")
@Tag(name = "Deltagare / Participants", description = "Inskrivning, uppgifter och inskrivningens förlopp / enrolment, attributes and the enrolment lifecycle")
@RolesAllowed({ Roles.CASE_OFFICER, Roles.ADMIN })
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ParticipantResource {

    @Inject
    EnrolmentService enrolment;
    @Inject
    LifecycleService lifecycle;
    @Inject
    ParticipantViews views;
    @Inject
    Actors actors;

    @POST
    @Operation(summary = "Skriv in deltagare / Enrol a participant",
            description = "Registrerar personen (personnummer eller samordningsnummer) och skriver in i enheten. En tidigare deltagare utan öppen inskrivning återaktualiseras. / Registers the person and enrols them; a former participant is re-opened.")
    @APIResponse(responseCode = "201", description = "Inskriven / enrolled")
    @APIResponse(responseCode = "400", description = "Ogiltigt personnummer eller uppgift / invalid personnummer or attribute")
    @APIResponse(responseCode = "409", description = "Personen har redan en öppen inskrivning / already has an open enrolment")
    public Response enrol(@Valid @NotNull EnrolRequest request) {
        EnrolResult result = enrolment.enrol(actors.current(), request);
        return Response.created(URI.create("/api/participants/" + result.participantId())).entity(result).build();
    }

    @POST
    @Path("search")
    @Operation(summary = "Sök deltagare på personnummer / Find a participant by personnummer",
            description = "Personnumret skickas i kroppen, aldrig i URL:en. / The number goes in the body, never in the URL.")
    @APIResponse(responseCode = "200", description = "Deltagaren / the participant")
    @APIResponse(responseCode = "404", description = "Ingen träff som du har behörighet till / no match you may see")
    public Response search(@Valid @NotNull SearchRequest request) {
        return withEtag(views.search(actors.current(), request.personnummer()));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Läs deltagare / Read a participant", description = "Läsningen loggas. ETag = version. / The read is logged.")
    @APIResponse(responseCode = "200", description = "Deltagaren / the participant")
    @APIResponse(responseCode = "404", description = "Finns inte eller ingen behörighet / not found or no access")
    public Response get(@PathParam("id") UUID id) {
        return withEtag(views.get(actors.current(), id));
    }

    @PUT
    @Path("{id}/attributes")
    @Operation(summary = "Ändra deltagarens uppgifter / Change the participant's attributes",
            description = "Ersätter alla uppgifter; If-Match med ETag krävs. / Replaces all attributes; If-Match required.")
    @APIResponse(responseCode = "200", description = "Ändrad / changed")
    @APIResponse(responseCode = "412", description = "Inaktuell version / stale version")
    @APIResponse(responseCode = "428", description = "If-Match saknas / If-Match missing")
    public Response updateAttributes(@PathParam("id") UUID id, @HeaderParam(Versions.IF_MATCH) @Size(max = 100) String ifMatch,
            @Valid @NotNull Attributes attributes) {
        return withEtag(enrolment.updateAttributes(actors.current(), id, ifMatch, attributes));
    }

    @POST
    @Path("{id}/transfer")
    @Operation(summary = "Flytta till annan handläggare eller enhet / Transfer to another officer or unit")
    @APIResponse(responseCode = "200", description = "Flyttad / transferred")
    @APIResponse(responseCode = "409", description = "Inskrivningen är avslutad / the enrolment is closed")
    public Response transfer(@PathParam("id") UUID id, @Valid @NotNull TransferRequest request) {
        return withEtag(lifecycle.transfer(actors.current(), id, request));
    }

    @POST
    @Path("{id}/pause")
    @Operation(summary = "Pausa inskrivningen / Pause the enrolment")
    @APIResponse(responseCode = "200", description = "Pausad / paused")
    @APIResponse(responseCode = "409", description = "Redan pausad eller avslutad / already paused or closed")
    public Response pause(@PathParam("id") UUID id, @RequestBody(required = false) @Valid DateRequest request) {
        return withEtag(lifecycle.pause(actors.current(), id, request == null ? null : request.on(), true));
    }

    @POST
    @Path("{id}/resume")
    @Operation(summary = "Återuppta inskrivningen / Resume the enrolment")
    @APIResponse(responseCode = "200", description = "Återupptagen / resumed")
    @APIResponse(responseCode = "409", description = "Inte pausad / not paused")
    public Response resume(@PathParam("id") UUID id, @RequestBody(required = false) @Valid DateRequest request) {
        return withEtag(lifecycle.pause(actors.current(), id, request == null ? null : request.on(), false));
    }

    @POST
    @Path("{id}/exit")
    @Operation(summary = "Avsluta / Exit", description = "Avslut med orsak; pågående insatser avslutas samma dag. / Exit with a reason; running interventions end the same day.")
    @APIResponse(responseCode = "200", description = "Avslutad / exited")
    @APIResponse(responseCode = "409", description = "Redan avslutad / already closed")
    public Response exit(@PathParam("id") UUID id, @Valid @NotNull ExitRequest request) {
        return withEtag(lifecycle.exit(actors.current(), id, request));
    }

    @POST
    @Path("{id}/reopen")
    @Operation(summary = "Återaktualisera / Re-open", description = "Ny inskrivning; historiken finns kvar. / A new enrolment; the history stays.")
    @APIResponse(responseCode = "200", description = "Återaktualiserad / re-opened")
    @APIResponse(responseCode = "409", description = "Inskrivningen är öppen / the enrolment is open")
    public Response reopen(@PathParam("id") UUID id, @RequestBody(required = false) @Valid ReopenRequest request) {
        return withEtag(lifecycle.reopen(actors.current(), id, request == null ? new ReopenRequest(null, null, null) : request));
    }

    @GET
    @Path("{id}/enrolments")
    @Operation(summary = "Inskrivningar med historik / Enrolments with their history")
    @APIResponse(responseCode = "200", description = "Inskrivningarna / the enrolments")
    public List<EnrolmentWithHistory> enrolments(@PathParam("id") UUID id) {
        return lifecycle.history(actors.current(), id);
    }

    static Response withEtag(ParticipantView view) {
        return Versions.ok(view, view.version());
    }
}
