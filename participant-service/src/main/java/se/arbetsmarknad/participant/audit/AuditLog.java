package se.arbetsmarknad.participant.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import se.arbetsmarknad.participant.common.Actor;

/**
 * Writes the audit log: who did what with which participant's personal data, from which request.
 * Each row's hash is SHA-256 over the previous row's hash and the row's own content, so changing,
 * removing or reordering any row breaks the chain from there on ({@link #verify()} finds it). Appends
 * are serialised by a transaction-scoped advisory lock so the chain never forks; the lock is held to
 * the end of the writing transaction, which is short here.
 */
@ApplicationScoped
public class AuditLog {

    static final String GENESIS = "0".repeat(64);
    private static final int VERIFY_BATCH = 1000;

    @Inject
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Actor actor, String action, UUID participantId, String detail) {
        em.createNativeQuery("select pg_advisory_xact_lock(hashtextextended('participant.audit_log', 0))")
                .getSingleResult();
        List<AuditEntry> last = em.createQuery("from AuditEntry order by id desc", AuditEntry.class)
                .setMaxResults(1).getResultList();
        AuditEntry e = new AuditEntry();
        e.id = last.isEmpty() ? 1 : last.get(0).id + 1;
        e.prevHash = last.isEmpty() ? GENESIS : last.get(0).hash;
        // PostgreSQL keeps microseconds: hash exactly what is stored.
        e.occurredAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
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
        e.hash = hash(e);
        em.persist(e);
    }

    /** Walks the whole chain in id order. */
    @Transactional
    public Verification verify() {
        String prev = GENESIS;
        long expectedId = 1;
        long checked = 0;
        while (true) {
            List<AuditEntry> batch = em.createQuery("from AuditEntry where id >= :from order by id", AuditEntry.class)
                    .setParameter("from", expectedId).setMaxResults(VERIFY_BATCH).getResultList();
            if (batch.isEmpty()) {
                return new Verification(true, checked, null, null);
            }
            for (AuditEntry e : batch) {
                if (e.id != expectedId) {
                    return new Verification(false, checked, expectedId, "rad saknas / row missing");
                }
                if (!e.prevHash.equals(prev)) {
                    return new Verification(false, checked, e.id,
                            "prev_hash stämmer inte med föregående rad / prev_hash does not match the previous row");
                }
                if (!hash(e).equals(e.hash)) {
                    return new Verification(false, checked, e.id,
                            "innehållet stämmer inte med hash / content does not match its hash");
                }
                prev = e.hash;
                expectedId++;
                checked++;
            }
            em.clear();
        }
    }

    static String hash(AuditEntry e) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return java.util.HexFormat.of().formatHex(sha.digest(e.canonical().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /**
     * @param firstBrokenId the first row whose chain does not hold (or the first missing id); null when intact
     */
    public record Verification(boolean intact, long rowsChecked, Long firstBrokenId, String reason) {
    }
}
