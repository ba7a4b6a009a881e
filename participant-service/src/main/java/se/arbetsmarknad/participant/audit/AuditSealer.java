package se.arbetsmarknad.participant.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import se.arbetsmarknad.participant.common.ParticipantConfig;
import se.arbetsmarknad.platform.jobs.ClusterLock;
import se.arbetsmarknad.platform.time.SuiteClock;

/**
 * Seals committed audit rows into hash-chained blocks, one sealer in the cluster at a time (an advisory
 * lock taken per pass, never by writers). A pass takes the rows not yet sealed, in id order, computes
 * each row's hash and the block's digest, chains the block to the previous one and writes the new head
 * to the operators' log ({@code audit.anchor} at INFO), which is the anchor outside the database: a
 * rewrite of the chain in the database no longer matches the heads the log already holds.
 *
 * <p>Which rows can still appear: every row records its inserting transaction ({@code tx}); a pass first
 * reads the oldest transaction still running (the snapshot's xmin), so once it has sealed every visible row
 * it knows no row of an older transaction can turn up later, and the next pass looks only at newer ones.
 */
@ApplicationScoped
public class AuditSealer {

    static final String LOCK = "participant-audit-sealer";
    private static final Logger ANCHOR = Logger.getLogger("audit.anchor");

    @Inject
    EntityManager em;
    @Inject
    SuiteClock clock;
    @Inject
    ClusterLock lock;
    @Inject
    ParticipantConfig config;

    /** The head of the chain: the latest block, or block 0 with the genesis hash when nothing is sealed. */
    public record Head(long blockNo, String hash, Instant sealedAt) {
    }

    @Scheduled(every = "${participant.audit.seal-every:1s}", delayed = "${participant.audit.seal-every:1s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        sealPending();
    }

    /** Seals until nothing committed is left unsealed; answers how many rows it sealed (0 if another replica is sealing). */
    public int sealPending() {
        int total = 0;
        int sealed;
        do {
            sealed = sealOnce();
            total += Math.max(sealed, 0);
        } while (sealed >= config.audit().sealBatch());
        return total;
    }

    /** One block of at most {@code participant.audit.seal-batch} rows; -1 when another replica holds the sealer lock. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int sealOnce() {
        // First statement: the oldest transaction still running. Rows of older ones are all visible below.
        long xmin = ((Number) em.createNativeQuery("select pg_snapshot_xmin(pg_current_snapshot())::text::bigint")
                .getSingleResult()).longValue();
        if (!lock.tryLockForTransaction(LOCK)) {
            return -1;
        }
        Object[] head = head();
        long blockNo = head == null ? 1 : ((Number) head[0]).longValue() + 1;
        String prevHash = head == null ? AuditHashes.GENESIS : (String) head[1];
        long horizon = head == null ? 0 : ((Number) head[2]).longValue();
        int batch = config.audit().sealBatch();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select " + AuditHashes.Row.COLUMNS + " " + """
                 from audit_log a
                 where a.tx >= :horizon and not exists (select 1 from audit_block_row r where r.audit_id = a.id)
                 order by a.id limit :batch""").setParameter("horizon", horizon).setParameter("batch", batch).getResultList();
        if (rows.isEmpty()) {
            return 0;
        }
        List<Long> ids = new ArrayList<>(rows.size());
        List<String> hashes = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            AuditHashes.Row row = AuditHashes.Row.of(r);
            ids.add(row.id());
            hashes.add(row.hash());
        }
        Instant sealedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String digest = AuditHashes.rowsDigest(hashes);
        String hash = AuditHashes.blockHash(blockNo, sealedAt, rows.size(), digest, prevHash);
        // A full batch may have left visible rows behind: the horizon moves only when everything was taken.
        long nextHorizon = rows.size() < batch ? xmin : horizon;
        em.createNativeQuery("""
                insert into audit_block (block_no, sealed_at, sealed_by, row_count, rows_digest, prev_hash, hash, horizon)
                values (:no, :at, :by, :count, :digest, :prev, :hash, :horizon)""")
                .setParameter("no", blockNo).setParameter("at", sealedAt).setParameter("by", ClusterLock.instanceId())
                .setParameter("count", rows.size()).setParameter("digest", digest).setParameter("prev", prevHash)
                .setParameter("hash", hash).setParameter("horizon", nextHorizon).executeUpdate();
        em.createNativeQuery("""
                insert into audit_block_row (audit_id, block_no, position, row_hash)
                select id, :no, position, row_hash from unnest(cast(:ids as bigint[]), cast(:hashes as text[]))
                    with ordinality as r(id, row_hash, position)""")
                .setParameter("no", blockNo).setParameter("ids", ids.toArray(Long[]::new))
                .setParameter("hashes", hashes.toArray(String[]::new)).executeUpdate();
        ANCHOR.infof("audit chain head block=%d hash=%s rows=%d sealedAt=%s", blockNo, hash, rows.size(), sealedAt);
        return rows.size();
    }

    @Transactional
    public Head currentHead() {
        Object[] head = head();
        return head == null ? new Head(0, AuditHashes.GENESIS, null)
                : new Head(((Number) head[0]).longValue(), (String) head[1], AuditHashes.instant(head[3]));
    }

    private Object[] head() {
        @SuppressWarnings("unchecked")
        List<Object[]> last = em.createNativeQuery(
                "select block_no, hash, horizon, sealed_at from audit_block order by block_no desc limit 1").getResultList();
        return last.isEmpty() ? null : last.get(0);
    }
}
