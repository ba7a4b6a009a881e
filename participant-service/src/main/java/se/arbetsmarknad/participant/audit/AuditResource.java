package se.arbetsmarknad.participant.audit;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.arbetsmarknad.platform.http.PageParams;
import se.arbetsmarknad.platform.http.Paging;
import se.arbetsmarknad.platform.security.Roles;

@Path("/api/admin/audit")
@Tag(name = "Loggning / Audit", description = "Vem har läst eller ändrat vilka personuppgifter / who read or changed whose personal data")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    AuditSearch search;
    @Inject
    AuditSealer sealer;
    @Inject
    AuditVerifier verifier;

    @GET
    @Operation(summary = "Sök i loggen / Query the audit log",
            description = "Filtrera på deltagare, användare, händelse och period [from, to); nyast först. Sida för sida med X-Total-Count och Link. / "
                    + "Filter by participant, user, action and period [from, to); newest first.")
    @APIResponse(responseCode = "200", description = "En sida loggrader / one page of log rows")
    public Response query(@QueryParam("participantId") UUID participantId,
            @Parameter(description = "Användarnamn / user name") @QueryParam("username") @Size(max = 100) String username,
            @Parameter(description = "Händelse, t.ex. read / action, e.g. read") @QueryParam("action") @Size(max = 40) String action,
            @Parameter(description = "Från och med (ISO-8601) / from, inclusive") @QueryParam("from") OffsetDateTime from,
            @Parameter(description = "Till (ISO-8601, exklusive) / to, exclusive") @QueryParam("to") OffsetDateTime to,
            @BeanParam PageParams paging, @Context UriInfo uri) {
        return Paging.response(search.search(new AuditSearch.Filter(participantId, username, action,
                from == null ? null : from.toInstant(), to == null ? null : to.toInstant()), paging.request()), uri);
    }

    @GET
    @Path("verify")
    @Operation(summary = "Kontrollera hashkedjan / Verify the hash chain",
            description = "Förseglar först det som hunnit skrivas och går sedan igenom hela kedjan; anger första felet och kedjans huvud. "
                    + "Med anchor=block:hash ur driftloggen kontrolleras också att kedjan fortfarande har det huvudet. / Seals what has "
                    + "been committed, then walks the whole chain; names the first problem and the head. With anchor=block:hash from "
                    + "the operators' log it also checks that the chain still holds that head.")
    @APIResponse(responseCode = "200", description = "Resultat / result")
    @APIResponse(responseCode = "400", description = "Felaktig förankring / malformed anchor")
    public AuditVerifier.Verification verify(
            @Parameter(description = "block:hash ur driftloggen (audit.anchor) / block:hash from the operators' log", example = "118:9f2c…")
            @QueryParam("anchor") @Size(max = 90) @Pattern(regexp = "[0-9]{1,18}:[0-9a-fA-F]{64}",
                    message = "ska vara block:hash / must be block:hash") String anchor) {
        sealer.sealPending();
        if (anchor == null) {
            return verifier.verify(null, null);
        }
        String[] parts = anchor.split(":");
        return verifier.verify(Long.parseLong(parts[0]), parts[1]);
    }

    @POST
    @Path("seal")
    @Operation(summary = "Försegla nu / Seal now", description = "Förseglar det som skrivits och anger kedjans huvud / seals what has been written and answers the head")
    @APIResponse(responseCode = "200", description = "Kedjans huvud / the chain's head")
    public AuditSealer.Head seal() {
        sealer.sealPending();
        return sealer.currentHead();
    }
}
