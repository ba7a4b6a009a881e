package se.arbetsmarknad.participant.audit;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.arbetsmarknad.participant.common.PageResult;
import se.arbetsmarknad.platform.security.Roles;

@Path("/api/admin/audit")
@Tag(name = "Loggning / Audit", description = "Vem har läst eller ändrat vilka personuppgifter / who read or changed whose personal data")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    EntityManager em;
    @Inject
    AuditLog log;

    public record AuditView(long id, Instant occurredAt, String username, String action, UUID participantId, String detail,
            String requestMethod, String requestPath, String requestId, String clientAddress, String hash) {
    }

    @GET
    @Transactional
    @Operation(summary = "Sök i loggen / Query the audit log", description = "Filtrera på deltagare, användare och tid; nyast först. / Filter by participant, user and time; newest first.")
    @APIResponse(responseCode = "200", description = "Loggrader / log rows")
    public Response query(@QueryParam("participantId") UUID participantId, @QueryParam("username") @Size(max = 100) String username,
            @QueryParam("from") OffsetDateTime from, @QueryParam("to") OffsetDateTime to,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(1_000_000) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        List<String> where = new ArrayList<>();
        if (participantId != null) {
            where.add("participantId = :participant");
        }
        if (username != null) {
            where.add("username = :username");
        }
        if (from != null) {
            where.add("occurredAt >= :from");
        }
        if (to != null) {
            where.add("occurredAt < :to");
        }
        String filter = where.isEmpty() ? "" : " where " + String.join(" and ", where);
        TypedQuery<AuditEntry> rows = em.createQuery("from AuditEntry" + filter + " order by id desc", AuditEntry.class);
        TypedQuery<Long> count = em.createQuery("select count(*) from AuditEntry" + filter, Long.class);
        for (TypedQuery<?> q : List.of(rows, count)) {
            if (participantId != null) {
                q.setParameter("participant", participantId);
            }
            if (username != null) {
                q.setParameter("username", username);
            }
            if (from != null) {
                q.setParameter("from", from.toInstant());
            }
            if (to != null) {
                q.setParameter("to", to.toInstant());
            }
        }
        List<AuditView> items = rows.setFirstResult(page * size).setMaxResults(size).getResultList().stream()
                .map(e -> new AuditView(e.id, e.occurredAt, e.username, e.action, e.participantId, e.detail, e.requestMethod,
                        e.requestPath, e.requestId, e.clientAddress, e.hash))
                .toList();
        long total = count.getSingleResult();
        return Response.ok(new PageResult<>(items, page, size, total)).header("X-Total-Count", total).build();
    }

    @GET
    @Path("verify")
    @Operation(summary = "Kontrollera hashkedjan / Verify the hash chain", description = "Anger första bruten rad / reports the first broken row")
    @APIResponse(responseCode = "200", description = "Resultat / result")
    public AuditLog.Verification verify() {
        return log.verify();
    }
}
