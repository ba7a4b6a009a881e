package se.arbetsmarknad.participant.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * The hashes of the audit chain, in one place so that sealing and verifying cannot drift apart:
 * a row's hash covers its content in a fixed order, a block's digest covers its rows' hashes in order,
 * and a block's hash covers its number, time, size, digest and the previous block's hash.
 */
final class AuditHashes {

    static final String GENESIS = "0".repeat(64);

    private AuditHashes() {
    }

    /** A stored audit row as the sealer and verifier read it. */
    record Row(long id, Instant occurredAt, String username, String action, UUID participantId, String detail,
            String requestMethod, String requestPath, String requestId, String clientAddress) {

        static Row of(Object[] r) {
            return new Row(((Number) r[0]).longValue(), instant(r[1]), (String) r[2], (String) r[3], (UUID) r[4], (String) r[5],
                    (String) r[6], (String) r[7], (String) r[8], (String) r[9]);
        }

        /** The columns {@link #of} reads, in its order. */
        static final String COLUMNS = "a.id, a.occurred_at, a.username, a.action, a.participant_id, a.detail, a.request_method,"
                + " a.request_path, a.request_id, a.client_address";

        String hash() {
            return sha256(String.join("\n", Long.toString(id), occurredAt.toString(), username, action,
                    participantId == null ? "" : participantId.toString(), nz(detail), nz(requestMethod), nz(requestPath),
                    nz(requestId), nz(clientAddress)));
        }
    }

    static String rowsDigest(List<String> rowHashes) {
        return sha256(String.join("\n", rowHashes));
    }

    static String blockHash(long blockNo, Instant sealedAt, int rowCount, String rowsDigest, String prevHash) {
        return sha256(String.join("\n", Long.toString(blockNo), sealedAt.toString(), Integer.toString(rowCount), rowsDigest,
                prevHash));
    }

    static Instant instant(Object o) {
        if (o instanceof Instant i) {
            return i;
        }
        if (o instanceof java.time.OffsetDateTime t) {
            return t.toInstant();
        }
        return ((java.sql.Timestamp) o).toInstant();
    }

    private static String nz(String s) {
        return s == null ? "" : s.replace("\n", "\\n");
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
