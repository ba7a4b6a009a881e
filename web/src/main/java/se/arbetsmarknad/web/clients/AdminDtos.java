package se.arbetsmarknad.web.clients;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** participant-service's admin bodies: the audit log, its hash chain, retention (gallring). */
public final class AdminDtos {

    private AdminDtos() {
    }

    public record AuditRow(long id, Instant occurredAt, String username, String action, UUID participantId, String detail,
            String requestMethod, String requestPath, String requestId, String clientAddress) {
    }

    public record ChainHead(long blockNo, String hash, Instant sealedAt) {
    }

    /** The result of walking the whole chain: intact, or the first changed, missing or reordered row/block and why. */
    public record Verification(boolean intact, long rowsChecked, long blocksChecked, Long firstBrokenId, Long firstBrokenBlock,
            String reason, long unsealedRows, ChainHead head, Boolean anchorMatches, Instant checkedAt) {
    }

    /** One participant a retention run today would erase, and what goes (pseudonymous: no names). */
    public record DueParticipant(UUID participantId, String unit, LocalDate lastExitedOn, boolean identity, int planVersions,
            int meetingNotes, int exitComments) {
    }

    public record RetentionPreview(LocalDate today, LocalDate exitedBefore, String afterExit, long total,
            Page<DueParticipant> participants) {
    }

    public record RetentionRun(int erased) {
    }

    public record NewKind(String code, String category, String nameSv, String nameEn) {
    }
}
