package se.arbetsmarknad.placement.allocation;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.arbetsmarknad.platform.problem.ProblemException;
import se.arbetsmarknad.platform.security.CurrentUser;
import se.arbetsmarknad.platform.security.Roles;

@Path("/api/allocations")
@Tag(name = "Fördelning / Allocation", description = "Optimal fördelning av deltagare på platser / optimal allocation of participants to seats")
@RolesAllowed({Roles.CASE_OFFICER, Roles.ADMIN})
public class AllocationResource {

    @Inject
    AllocationService service;
    @Inject
    AllocationJobs jobs;
    @Inject
    CurrentUser user;

    @POST
    @Operation(summary = "Fördela deltagare på platser / Allocate participants to placements",
            description = "Maximerar först prioriteringsreglerna i ordning, sedan total matchningspoäng, under platsantal och ev. könsbalans; "
                    + "deterministiskt, bevisat optimalt, med förklaring per deltagare. En liten fördelning besvaras direkt (200); en stor "
                    + "(fler än placement.allocation.synchronous-pairs deltagare × platser) startar ett jobb (202, som POST /api/allocations/jobs); "
                    + "förslag görs då med POST …/jobs/{id}/propose / maximises the priority rules in order, then the total score, under "
                    + "capacity and optional gender balance; deterministic, proven optimal, explained per participant. A small batch is "
                    + "answered at once (200); a large one starts a job (202, as POST /api/allocations/jobs), whose proposals are then made "
                    + "with POST …/jobs/{id}/propose")
    @APIResponse(responseCode = "200", description = "Fördelningen (och förslag med propose=true) / the allocation (and proposals with propose=true)",
            content = @Content(schema = @Schema(implementation = AllocationDtos.Result.class)))
    @APIResponse(responseCode = "202", description = "Stor fördelning: jobbet har startat / large batch: the job started",
            content = @Content(schema = @Schema(implementation = AllocationJobs.JobView.class)))
    @APIResponse(responseCode = "400", description = "Okänd regel / unknown rule")
    @APIResponse(responseCode = "404", description = "Deltagare eller plats finns inte (i din enhet) / participant or placement not found (in your unit)")
    public Response allocate(@NotNull @Valid AllocationDtos.Request req) {
        AllocationService.Scope scope = service.scope();
        AllocationService.Prepared prepared = service.prepare(req, scope);
        if (service.synchronous(prepared)) {
            return Response.ok(service.allocate(prepared, Boolean.TRUE.equals(req.propose()))).build();
        }
        return started(jobs.create(req, scope, prepared.asOf()));
    }

    @POST
    @Path("jobs")
    @Operation(summary = "Starta en fördelning i bakgrunden / Start an allocation in the background",
            description = "Som POST /api/allocations men alltid som jobb; följ förloppet med GET och hämta resultatet när status är done. "
                    + "propose gäller inte här: skapa förslagen med POST …/{id}/propose / as POST /api/allocations but always as a job; "
                    + "follow its progress with GET and fetch the result when done. propose does not apply: make the proposals with "
                    + "POST …/{id}/propose")
    @APIResponse(responseCode = "202", description = "Jobbet har startat / the job started",
            content = @Content(schema = @Schema(implementation = AllocationJobs.JobView.class)))
    @APIResponse(responseCode = "400", description = "Okänd regel / unknown rule")
    @APIResponse(responseCode = "404", description = "Deltagare eller plats finns inte (i din enhet) / participant or placement not found (in your unit)")
    public Response start(@NotNull @Valid AllocationDtos.Request req) {
        if (Boolean.TRUE.equals(req.propose())) {
            throw ProblemException.invalid("propose", "skapa förslagen med POST /api/allocations/jobs/{id}/propose när jobbet är klart / "
                    + "make the proposals with POST /api/allocations/jobs/{id}/propose when the job is done");
        }
        AllocationService.Scope scope = service.scope();
        AllocationService.Prepared prepared = service.prepare(req, scope);
        return started(jobs.create(req, scope, prepared.asOf()));
    }

    @GET
    @Path("jobs/{id}")
    @Operation(summary = "Fördelningsjobbets förlopp / Allocation job progress")
    @APIResponse(responseCode = "200", description = "Status och förlopp i procent / status and progress in percent")
    @APIResponse(responseCode = "404", description = "Finns inte eller är någon annans / missing or someone else's")
    public AllocationJobs.JobView job(@PathParam("id") UUID id) {
        return visible(id);
    }

    @GET
    @Path("jobs/{id}/result")
    @Operation(summary = "Fördelningsjobbets resultat / Allocation job result")
    @APIResponse(responseCode = "200", description = "Fördelningen / the allocation")
    @APIResponse(responseCode = "404", description = "Finns inte eller är någon annans / missing or someone else's")
    @APIResponse(responseCode = "409", description = "Inte klar än / not finished yet")
    public AllocationDtos.Result result(@PathParam("id") UUID id) {
        visible(id);
        return jobs.result(id);
    }

    @POST
    @Path("jobs/{id}/propose")
    @Operation(summary = "Skapa förslag för jobbets tilldelningar / Propose the job's assignments",
            description = "Ett förslag (match.proposed) per tilldelning, alla eller inga, en gång / one proposal per assignment, all or none, once")
    @APIResponse(responseCode = "200", description = "Fördelningen med förslagens id / the allocation with the proposals' ids")
    @APIResponse(responseCode = "404", description = "Finns inte eller är någon annans / missing or someone else's")
    @APIResponse(responseCode = "409", description = "Inte klar, redan föreslagen, eller en plats eller deltagare har ändrats / "
            + "not finished, already proposed, or a placement or participant changed")
    public AllocationDtos.Result propose(@PathParam("id") UUID id) {
        visible(id);
        return jobs.propose(id);
    }

    private AllocationJobs.JobView visible(UUID id) {
        return jobs.find(id, user.username(), user.isAdmin()).orElseThrow(() -> ProblemException.notFound("allocation job"));
    }

    private static Response started(AllocationJobs.JobView job) {
        return Response.accepted(job).location(URI.create("/api/allocations/jobs/" + job.id())).build();
    }
}
