package se.arbetsmarknad.placement.matching;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What the participant projection tells the rest of the service when a participant's events end their
 * part in a placement. Fired as CDI events in the consumer's transaction, so the match lifecycle reacts
 * without this package depending on it, and the projection, the match and the outbox commit together.
 */
public final class ParticipantChanges {

    private ParticipantChanges() {
    }

    public enum Cause {
        /** participant.exited (avslut). */
        EXITED,
        /** participant.erased (gallring of personal data). */
        ERASED
    }

    /** The participant exited or was erased: every live match of theirs ends on {@code on}. */
    public record Left(UUID participantId, LocalDate on, Cause cause) {
    }

    /** The intervention started from match {@code matchId} ended on {@code on}. */
    public record InterventionEnded(UUID participantId, UUID matchId, LocalDate on) {
    }
}
