package se.arbetsmarknad.participant.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.arbetsmarknad.platform.time.SuiteClock;

/**
 * Walks the whole chain: every block in order (number, link to the previous hash, its own hash), every
 * row of every block (still there, same content as its hash), and every row that was never sealed. The
 * first problem found is named, as a page can show it.
 */
@ApplicationScoped
public class AuditVerifier {

    private static final int BLOCKS_PER_READ = 50;

    @Inject
    EntityManager em;
    @Inject
    SuiteClock clock;

    @Schema(description = "Resultat av kontrollen / result of the verification")
    public record Verification(
            @Schema(description = "Kedjan är hel / the chain is intact") boolean intact,
            @Schema(description = "Kontrollerade loggrader / log rows checked", example = "12034") long rowsChecked,
            @Schema(description = "Kontrollerade block / blocks checked", example = "118") long blocksChecked,
            @Schema(description = "Första felaktiga eller saknade loggrad / first broken or missing row") Long firstBrokenId,
            @Schema(description = "Block där felet finns / block of the problem") Long firstBrokenBlock,
            @Schema(description = "Vad som är fel / what is wrong") String reason,
            @Schema(description = "Rader som ännu inte förseglats / rows not sealed yet") long unsealedRows,
            @Schema(description = "Kedjans huvud: senaste block och hash / the chain's head") AuditSealer.Head head,
            @Schema(description = "Stämmer den angivna förankringen (block:hash från driftloggen); null utan förankring / "
                    + "whether the given anchor (block:hash from the operators' log) matches; null without one") Boolean anchorMatches,
            @Schema(description = "När kontrollen gjordes / when the check ran") Instant checkedAt) {
    }

    /**
     * @param anchorBlock a block number from the operators' log, or null
     * @param anchorHash  the hash the log holds for it
     */
    @Transactional
    public Verification verify(Long anchorBlock, String anchorHash) {
        String prev = AuditHashes.GENESIS;
        long expectedBlock = 1;
        long rows = 0;
        Instant checkedAt = clock.instant();
        while (true) {
            @SuppressWarnings("unchecked")
            List<Object[]> blocks = em.createNativeQuery("""
                    select block_no, sealed_at, row_count, rows_digest, prev_hash, hash from audit_block
                     where block_no >= :from order by block_no limit :n""")
                    .setParameter("from", expectedBlock).setParameter("n", BLOCKS_PER_READ).getResultList();
            if (blocks.isEmpty()) {
                break;
            }
            for (Object[] b : blocks) {
                long no = ((Number) b[0]).longValue();
                if (no != expectedBlock) {
                    return broken(rows, expectedBlock - 1, null, expectedBlock, "block saknas / block missing", checkedAt);
                }
                String hash = (String) b[5];
                if (!prev.equals(b[4])) {
                    return broken(rows, no - 1, null, no,
                            "blocket pekar inte på föregående block / the block does not link to the previous one", checkedAt);
                }
                Problem problem = checkRows(no, ((Number) b[2]).intValue(), (String) b[3]);
                rows += problem == null ? ((Number) b[2]).intValue() : 0;
                if (problem != null) {
                    return broken(rows + problem.rowsBefore(), no - 1, problem.rowId(), no, problem.reason(), checkedAt);
                }
                if (!AuditHashes.blockHash(no, AuditHashes.instant(b[1]), ((Number) b[2]).intValue(), (String) b[3], prev)
                        .equals(hash)) {
                    return broken(rows, no - 1, null, no, "blockets hash stämmer inte / the block's hash does not match", checkedAt);
                }
                prev = hash;
                expectedBlock++;
            }
            em.clear();
        }
        long blocks = expectedBlock - 1;
        long unsealed = ((Number) em.createNativeQuery(
                "select count(*) from audit_log a where not exists (select 1 from audit_block_row r where r.audit_id = a.id)")
                .getSingleResult()).longValue();
        AuditSealer.Head head = head(blocks, prev);
        Boolean anchorMatches = null;
        if (anchorBlock != null) {
            anchorMatches = anchorBlock <= blocks && anchorHash != null && anchorHash.equalsIgnoreCase(hashOf(anchorBlock));
            if (!anchorMatches) {
                return new Verification(false, rows, blocks, null, anchorBlock,
                        "förankrat block stämmer inte med kedjan / the anchored block does not match the chain", unsealed, head,
                        false, checkedAt);
            }
        }
        return new Verification(true, rows, blocks, null, null, null, unsealed, head, anchorMatches, checkedAt);
    }

    private record Problem(Long rowId, String reason, long rowsBefore) {
    }

    /** The block's rows, each still present and matching its hash, and together matching the digest. */
    private Problem checkRows(long blockNo, int rowCount, String digest) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select r.audit_id, r.row_hash, r.position, " + AuditHashes.Row.COLUMNS + " " + """
                 from audit_block_row r left join audit_log a on a.id = r.audit_id
                 where r.block_no = :no order by r.position""").setParameter("no", blockNo).getResultList();
        List<String> hashes = new ArrayList<>(rows.size());
        long checked = 0;
        for (Object[] r : rows) {
            long auditId = ((Number) r[0]).longValue();
            if (r[3] == null) {
                return new Problem(auditId, "loggraden saknas / the log row is missing", checked);
            }
            Object[] content = java.util.Arrays.copyOfRange(r, 3, r.length);
            if (!AuditHashes.Row.of(content).hash().equals(r[1])) {
                return new Problem(auditId, "innehållet stämmer inte med hash / content does not match its hash", checked);
            }
            hashes.add((String) r[1]);
            checked++;
        }
        if (rows.size() != rowCount || !AuditHashes.rowsDigest(hashes).equals(digest)) {
            return new Problem(rows.isEmpty() ? null : ((Number) rows.get(0)[0]).longValue(),
                    "blockets rader har ändrats, tagits bort eller bytt ordning / the block's rows were changed, removed or reordered",
                    0);
        }
        return null;
    }

    private Verification broken(long rows, long blocks, Long rowId, long blockNo, String reason, Instant at) {
        return new Verification(false, rows, blocks, rowId, blockNo, reason, 0, null, null, at);
    }

    private AuditSealer.Head head(long blockNo, String hash) {
        if (blockNo == 0) {
            return new AuditSealer.Head(0, AuditHashes.GENESIS, null);
        }
        Object at = em.createNativeQuery("select sealed_at from audit_block where block_no = :no").setParameter("no", blockNo)
                .getSingleResult();
        return new AuditSealer.Head(blockNo, hash, AuditHashes.instant(at));
    }

    private String hashOf(long blockNo) {
        @SuppressWarnings("unchecked")
        List<String> h = em.createNativeQuery("select hash from audit_block where block_no = :no").setParameter("no", blockNo)
                .getResultList();
        return h.isEmpty() ? null : h.get(0);
    }
}
