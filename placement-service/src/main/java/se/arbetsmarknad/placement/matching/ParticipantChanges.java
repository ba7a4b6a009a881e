package se.arbetsmarknad.placement.matching;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What the participant projection tells the rest of the service when a participant's events end their
 * part in a placement. Fired as CDI events in the consumer's transaction, so the match lifecycle reacts
 * without this package depending on it, and the projection, the match and the outbox commit together.
 */
public final class ParticipantChanges {

    /** End reason when the participant exited (avslut). */
    public static final String EXITED = "deltagaren-avslutad";
    /** End reason when the intervention that came from the match ended in participant-service. */
    public static final String INTERVENTION_ENDED = "insatsen-avslutad";
    /** End reason when the participant's personal data was erased (gallring). */
    public static final String ERASED = "uppgifter-gallrade";

    private ParticipantChanges() {
    }

    /** The participant exited or was erased: every live match of theirs ends on {@code on}. */
    public record Left(UUID participantId, LocalDate on, String reason) {
    }

    /** The intervention started from match {@code matchId} ended on {@code on}. */
    public record InterventionEnded(UUID participantId, UUID matchId, LocalDate on) {
    }
}
