package se.arbetsmarknad.participant.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.arbetsmarknad.platform.http.Page;
import se.arbetsmarknad.platform.http.PageRequest;
import se.arbetsmarknad.platform.problem.ProblemException;

/** The admin's search in the audit log: by participant, user, action and period, newest first, one page at a time. */
@ApplicationScoped
public class AuditSearch {

    @Inject
    EntityManager em;

    public record Filter(UUID participantId, String username, String action, Instant from, Instant to) {
    }

    public record AuditView(@Schema(example = "4051") long id, Instant occurredAt,
            @Schema(example = "anna.handlaggare") String username, @Schema(example = "read") String action, UUID participantId,
            String detail, @Schema(example = "GET") String requestMethod, String requestPath, String requestId,
            String clientAddress) {
    }

    @Transactional
    public Page<AuditView> search(Filter f, PageRequest page) {
        if (f.from() != null && f.to() != null && !f.from().isBefore(f.to())) {
            throw ProblemException.invalid("to", "ska vara efter from / must be after from");
        }
        List<String> where = new ArrayList<>();
        if (f.participantId() != null) {
            where.add("participantId = :participant");
        }
        if (f.username() != null) {
            where.add("username = :username");
        }
        if (f.action() != null) {
            where.add("action = :action");
        }
        if (f.from() != null) {
            where.add("occurredAt >= :from");
        }
        if (f.to() != null) {
            where.add("occurredAt < :to");
        }
        String filter = where.isEmpty() ? "" : " where " + String.join(" and ", where);
        // Time first: ids are handed out in blocks per replica, so only the time orders rows across replicas.
        TypedQuery<AuditEntry> rows = em.createQuery("from AuditEntry" + filter + " order by occurredAt desc, id desc",
                AuditEntry.class);
        TypedQuery<Long> count = em.createQuery("select count(*) from AuditEntry" + filter, Long.class);
        for (TypedQuery<?> q : List.of(rows, count)) {
            if (f.participantId() != null) {
                q.setParameter("participant", f.participantId());
            }
            if (f.username() != null) {
                q.setParameter("username", f.username());
            }
            if (f.action() != null) {
                q.setParameter("action", f.action());
            }
            if (f.from() != null) {
                q.setParameter("from", f.from());
            }
            if (f.to() != null) {
                q.setParameter("to", f.to());
            }
        }
        List<AuditView> items = page.apply(rows).getResultList().stream()
                .map(e -> new AuditView(e.id, e.occurredAt, e.username, e.action, e.participantId, e.detail, e.requestMethod,
                        e.requestPath, e.requestId, e.clientAddress))
                .toList();
        return page.of(items, count.getSingleResult());
    }
}
