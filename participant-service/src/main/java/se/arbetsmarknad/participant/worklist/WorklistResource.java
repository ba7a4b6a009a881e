package se.arbetsmarknad.participant.worklist;

import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.arbetsmarknad.participant.common.Actors;
import se.arbetsmarknad.participant.common.ParticipantConfig;
import se.arbetsmarknad.platform.http.PageParams;
import se.arbetsmarknad.platform.http.Paging;
import se.arbetsmarknad.platform.security.Roles;

@Path("/api/worklists")
@Tag(name = "Arbetslistor / Worklists", description = "Handläggarens listor / the case officer's worklists")
@RolesAllowed({ Roles.CASE_OFFICER, Roles.ADMIN })
@Produces(MediaType.APPLICATION_JSON)
public class WorklistResource {

    @Inject
    WorklistService service;
    @Inject
    Actors actors;
    @Inject
    ParticipantConfig config;

    @GET
    @Path("counts")
    @Operation(summary = "Antal per arbetslista / Count per worklist",
            description = "Hur många varje lista har, med listornas urval (officer, unit, status, gender, days), i en fråga och "
                    + "utan att läsa personuppgifter: inget loggas. mine kräver en handläggare (den inloggade, eller officer); "
                    + "admin utan officer får inte mine. / How many each list holds, with the lists' own scope and filters, in one "
                    + "query, reading no personal data: nothing is audited. mine needs an officer (the caller, or officer); an admin "
                    + "without officer gets no mine.")
    @APIResponse(responseCode = "200", description = "Lista → antal, i listornas ordning / list → count, in the lists' order",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT,
                    additionalProperties = Long.class, example = "{\"mine\": 42, \"without-plan\": 3, \"follow-up-overdue\": 5, "
                            + "\"no-intervention\": 2, \"long-term-assistance\": 11}")))
    @APIResponse(responseCode = "400", description = "Ogiltigt filter / invalid filter")
    public Map<String, Long> counts(
            @Parameter(description = "Handläggare / officer") @QueryParam("officer") @Size(max = 100) String officer,
            @Parameter(description = "Enhet; handläggare: bara den egna (annan enhet ger 400) / unit; a case officer: only their own (another gives 400)") @QueryParam("unit") @Size(max = 63) String unit,
            @Parameter(description = "ACTIVE eller PAUSED", schema = @Schema(type = SchemaType.STRING, enumeration = { "ACTIVE", "PAUSED" })) @QueryParam("status") @Size(max = 6) String status,
            @Parameter(description = "K eller M", schema = @Schema(type = SchemaType.STRING, enumeration = { "K", "M" })) @QueryParam("gender") @Size(max = 1) String gender,
            @Parameter(description = "N för no-intervention / N for no-intervention") @QueryParam("days") @Min(0) @Max(3650) Integer days) {
        return service.counts(actors.current(), new WorklistService.Filter(officer, unit, status, gender, days, null, null));
    }

    @GET
    @Path("{list}")
    @Parameter(name = "size", in = ParameterIn.QUERY, description = "Rader per sida, högst participant.worklist.max-page-size (200) / "
            + "rows per page, at most the configured maximum (200)",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200", defaultValue = "50"))
    @Operation(summary = "Arbetslista / Worklist",
            description = "mine = mina deltagare; without-plan = utan aktuell plan; follow-up-overdue = uppföljning försenad; "
                    + "no-intervention = ingen insats N dagar efter inskrivning (snabb aktivering); long-term-assistance = långvarigt "
                    + "försörjningsstöd (≥ 10 av 12 månader). Sida för sida: {items, page, size, total}, X-Total-Count och Link. / my participants; without a current plan; "
                    + "follow-up overdue; no intervention N days after enrolment; long-term assistance. Page by page, with X-Total-Count and Link.")
    @APIResponse(responseCode = "200", description = "En sida / one page")
    @APIResponse(responseCode = "400", description = "Ogiltig sortering eller filter / invalid sort or filter")
    @APIResponse(responseCode = "404", description = "Okänd lista / unknown list")
    public Response list(
            @Parameter(schema = @Schema(type = SchemaType.STRING, enumeration = { "mine", "without-plan", "follow-up-overdue",
                    "no-intervention", "long-term-assistance" })) @PathParam("list") String list,
            @Parameter(description = "Handläggare / officer") @QueryParam("officer") @Size(max = 100) String officer,
            @Parameter(description = "Enhet; handläggare: bara den egna (annan enhet ger 400) / unit; a case officer: only their own (another gives 400)") @QueryParam("unit") @Size(max = 63) String unit,
            @Parameter(description = "ACTIVE eller PAUSED", schema = @Schema(type = SchemaType.STRING, enumeration = { "ACTIVE", "PAUSED" })) @QueryParam("status") @Size(max = 6) String status,
            @Parameter(description = "K eller M", schema = @Schema(type = SchemaType.STRING, enumeration = { "K", "M" })) @QueryParam("gender") @Size(max = 1) String gender,
            @Parameter(description = "N för no-intervention / N for no-intervention") @QueryParam("days") @Min(0) @Max(3650) Integer days,
            @Parameter(description = "Sortering / sort", schema = @Schema(type = SchemaType.STRING, enumeration = { "enrolledOn", "nextFollowUp", "lastName", "assistanceSince", "officer" })) @QueryParam("sort") @Size(max = 20) String sort,
            @Parameter(description = "asc eller desc", schema = @Schema(type = SchemaType.STRING, enumeration = { "asc", "desc" })) @QueryParam("dir") @Size(max = 4) String dir,
            @BeanParam PageParams paging, @Context UriInfo uri) {
        return Paging.response(service.list(actors.current(), list, new WorklistService.Filter(officer, unit, status, gender,
                days, sort, dir), paging.request(config.worklist().maxPageSize())), uri);
    }
}
