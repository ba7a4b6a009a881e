package se.arbetsmarknad.participant.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import se.arbetsmarknad.participant.common.Actor;
import se.arbetsmarknad.platform.time.SuiteClock;

/**
 * Writes the audit log: who did what with which participant's personal data, from which request. A write
 * is one insert in the caller's transaction and waits for nobody: the hash chain that makes the log
 * tamper-evident is built afterwards, over committed rows, by {@link AuditSealer}.
 */
@ApplicationScoped
public class AuditLog {

    @Inject
    EntityManager em;
    @Inject
    SuiteClock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Actor actor, String action, UUID participantId, String detail) {
        AuditEntry e = new AuditEntry();
        // PostgreSQL keeps microseconds: the sealer hashes exactly what is stored.
        e.occurredAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        e.username = actor.username();
        e.action = action;
        e.participantId = participantId;
        e.detail = detail;
        if (actor.request() != null) {
            e.requestMethod = actor.request().method();
            e.requestPath = actor.request().path();
            e.requestId = actor.request().requestId();
            e.clientAddress = actor.request().clientAddress();
        }
        em.persist(e);
    }
}
