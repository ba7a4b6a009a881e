package se.arbetsmarknad.goals.plan;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.arbetsmarknad.platform.http.PageParams;
import se.arbetsmarknad.platform.http.Paging;
import se.arbetsmarknad.platform.http.Versions;
import se.arbetsmarknad.goals.goal.GoalDoc;
import se.arbetsmarknad.goals.goal.GoalService;
import se.arbetsmarknad.goals.goal.IndicatorStatus;
import se.arbetsmarknad.goals.goal.IndicatorStatuses;
import se.arbetsmarknad.goals.goal.GoalViews.GoalStatus;
import se.arbetsmarknad.goals.goal.GoalViews.GoalView;
import se.arbetsmarknad.platform.security.CurrentUser;
import se.arbetsmarknad.platform.security.Roles;

@Path("/api/plans")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.MANAGER, Roles.ADMIN, Roles.CASE_OFFICER })
@Tag(name = "Planer / Plans", description = "Planer med nämndmål, målområden, åtgärder, indikatorer och mål / "
        + "Plans with board goals, goal areas, actions, indicators and goals")
public class PlanResource {

    @Inject
    PlanService plans;
    @Inject
    GoalService goals;
    @Inject
    IndicatorStatuses indicators;
    @Inject
    CurrentUser user;

    @Schema(description = "Lägesanteckning / Progress note")
    public record NoteRequest(@NotBlank @Size(max = 4000)
            @Schema(example = "Uppsökande verksamhet startad i Gottsunda.") String text) {
    }

    @GET
    @Operation(summary = "Lista planer, senaste perioden först / List plans, newest period first",
            description = "Sida för sida: {items, page, size, total}, X-Total-Count och Link / Page by page")
    public Response list(@BeanParam PageParams paging, @Context UriInfo uri) {
        return Paging.response(plans.list(paging.request()), uri);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.MANAGER, Roles.ADMIN })
    @Operation(summary = "Skapa en plan / Create a plan",
            description = "Hela planen i ett dokument, som vid import / The whole plan as one document, as on import")
    @APIResponse(responseCode = "201", description = "Skapad / Created")
    @APIResponse(responseCode = "400", description = "Ogiltig plan / Invalid plan")
    public Response create(@Valid @NotNull PlanDocument doc) {
        return created(plans.create(doc));
    }

    @POST
    @Path("import")
    @Consumes({ MediaType.APPLICATION_JSON, PlanFormats.YAML, PlanFormats.TEXT_YAML })
    @RolesAllowed({ Roles.MANAGER, Roles.ADMIN })
    @Operation(summary = "Importera en plan (JSON eller YAML) / Import a plan (JSON or YAML)",
            description = "Allt eller inget: dubblerade åtgärdsnummer eller okänd statistik ger 400 och inget importeras / "
                    + "All or nothing: a duplicate action number or an unknown statistic gives 400 and nothing is imported")
    @APIResponse(responseCode = "201", description = "Importerad / Imported")
    @APIResponse(responseCode = "400", description = "Ogiltig plan / Invalid plan")
    public Response importPlan(@Valid @NotNull PlanDocument doc) {
        return created(plans.create(doc));
    }

    private Response created(Plan plan) {
        PlanView view = plans.view(plan.id);
        return Response.created(URI.create("/api/plans/" + plan.id)).tag(Versions.etag(plan.version)).entity(view)
                .build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Läs en plan / Read a plan")
    @APIResponse(responseCode = "404", description = "Finns inte / Not found")
    public Response get(@PathParam("id") UUID id) {
        PlanView view = plans.view(id);
        return Response.ok(view).tag(Versions.etag(view.version())).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.MANAGER, Roles.ADMIN })
    @Operation(summary = "Ändra planens namn, period och nämndmål / Change the plan's name, period and board goal",
            description = "Kräver If-Match; listorna i dokumentet ignoreras / Requires If-Match; the document's lists are ignored")
    @APIResponse(responseCode = "412", description = "Ändrad av någon annan / Modified by someone else")
    @APIResponse(responseCode = "428", description = "If-Match saknas / If-Match missing")
    public Response change(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull PlanDocument doc) {
        Plan plan = plans.changeHeader(id, Versions.required(ifMatch), doc);
        return get(plan.id);
    }

    @GET
    @Path("{id}/export")
    @Produces({ MediaType.APPLICATION_JSON, PlanFormats.YAML })
    @Operation(summary = "Exportera planen (JSON eller YAML) / Export the plan (JSON or YAML)",
            description = "format=yaml eller Accept: application/yaml / format=yaml or Accept: application/yaml")
    public Response export(@PathParam("id") UUID id,
            @Parameter(description = "json | yaml; utan: enligt Accept / without: as Accept says")
            @QueryParam("format") @Pattern(regexp = "json|yaml") String format) {
        PlanDocument doc = plans.export(id);
        return format == null ? Response.ok(doc).build() : Response.ok(doc, PlanFormats.exportType(format)).build();
    }

    @POST
    @Path("{id}/areas")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.MANAGER, Roles.ADMIN })
    @Operation(summary = "Lägg till ett målområde / Add a goal area")
    @APIResponse(responseCode = "201", description = "Tillagt / Added")
    @APIResponse(responseCode = "409", description = "Numret finns / The number exists")
    public Response addArea(@PathParam("id") UUID id, @Valid @NotNull PlanDocument.Area area) {
        plans.addArea(id, area);
        return Response.status(201).entity(area).build();
    }

    @POST
    @Path("{id}/actions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.MANAGER, Roles.ADMIN })
    @Operation(summary = "Lägg till en åtgärd / Add an action")
    @APIResponse(responseCode = "201", description = "Tillagd / Added")
    @APIResponse(responseCode = "409", description = "Åtgärdsnumret finns / The action number exists")
    public Response addAction(@PathParam("id") UUID id, @Valid @NotNull PlanDocument.Action action) {
        PlanAction a = plans.addAction(id, action);
        return Response.status(201).tag(Versions.etag(a.version)).entity(PlanService.actionView(a)).build();
    }

    @PUT
    @Path("{id}/actions/{number}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.MANAGER, Roles.ADMIN })
    @Operation(summary = "Ändra en åtgärd (status, ansvar, år …) / Change an action",
            description = "Kräver If-Match / Requires If-Match")
    @APIResponse(responseCode = "412", description = "Ändrad av någon annan / Modified by someone else")
    @APIResponse(responseCode = "428", description = "If-Match saknas / If-Match missing")
    public Response changeAction(@PathParam("id") UUID id, @PathParam("number") @Min(1) @Max(999) int number,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull PlanDocument.Action action) {
        PlanAction a = plans.changeAction(id, number, Versions.required(ifMatch), action);
        return Response.ok(PlanService.actionView(a)).tag(Versions.etag(a.version)).build();
    }

    @POST
    @Path("{id}/actions/{number}/notes")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.MANAGER, Roles.ADMIN })
    @Operation(summary = "Skriv en lägesanteckning på en åtgärd / Add a progress note to an action")
    @APIResponse(responseCode = "201", description = "Tillagd / Added")
    public Response addNote(@PathParam("id") UUID id, @PathParam("number") @Min(1) @Max(999) int number,
            @Valid @NotNull NoteRequest note) {
        PlanAction a = plans.addNote(id, number, note.text(), user.username());
        return Response.status(201).entity(PlanService.actionView(a)).build();
    }

    @POST
    @Path("{id}/indicators")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.MANAGER, Roles.ADMIN })
    @Operation(summary = "Lägg till en indikator / Add an indicator",
            description = "statistic måste finnas i statistikkatalogen / statistic must be in the statistics catalogue")
    @APIResponse(responseCode = "201", description = "Tillagd / Added")
    @APIResponse(responseCode = "400", description = "Okänd statistik eller fel enhet / Unknown statistic or wrong unit")
    public Response addIndicator(@PathParam("id") UUID id, @Valid @NotNull PlanDocument.IndicatorDoc indicator) {
        return Response.status(201).entity(PlanService.indicatorView(plans.addIndicator(id, indicator))).build();
    }

    @POST
    @Path("{id}/goals")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.MANAGER, Roles.ADMIN })
    @Operation(summary = "Sätt ett mål / Set a goal",
            description = "Målet ska passa indikatorns enhet (inga negativa tal, hela antal, andelar 0–100 %) / "
                    + "The target must fit the indicator's unit")
    @APIResponse(responseCode = "201", description = "Satt / Set")
    @APIResponse(responseCode = "400", description = "Målet passar inte / The target does not fit")
    public Response addGoal(@PathParam("id") UUID id, @Valid @NotNull GoalDoc goal) {
        var g = goals.create(id, goal);
        return Response.created(URI.create("/api/goals/" + g.id)).tag(Versions.etag(g.version))
                .entity(GoalView.of(g)).build();
    }

    @GET
    @Path("{id}/status")
    @Operation(summary = "Målens läge: utfall, prognos, status och bedömning / The goals' actuals, forecasts, statuses and judgements")
    public List<GoalStatus> status(@PathParam("id") UUID id,
            @Parameter(description = "Bara mål för detta år / Only goals for this year") @QueryParam("year") @Min(2000) @Max(2100) Integer year) {
        return goals.planStatus(id, year);
    }

    @GET
    @Path("{id}/indicators/status")
    @Operation(summary = "Indikatorernas utfall ett år (K/M/T), eller vilken källa de väntar på / "
            + "The indicators' actuals for a year (K/M/T), or which source they wait for",
            description = "Alla planens indikatorer, med eller utan mål / All the plan's indicators, with or without a goal")
    public List<IndicatorStatus> indicatorStatus(@PathParam("id") UUID id,
            @Parameter(description = "Året; utan: i år inom planens period / The year; without: this year within the plan's period")
            @QueryParam("year") @Min(2000) @Max(2100) Integer year) {
        return indicators.of(id, year);
    }
}
