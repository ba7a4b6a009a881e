package se.arbetsmarknad.placement.match;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import se.arbetsmarknad.placement.placement.Placement;
import se.arbetsmarknad.platform.events.EventTypes;
import se.arbetsmarknad.platform.events.match.MatchAgreed;
import se.arbetsmarknad.platform.events.match.MatchDeclined;
import se.arbetsmarknad.platform.events.match.MatchEnded;
import se.arbetsmarknad.platform.events.match.MatchProposed;
import se.arbetsmarknad.platform.outbox.Outbox;

/** match.proposed / accepted / declined / started / ended through the outbox, as the platform's records. */
@ApplicationScoped
public class MatchEvents {

    @Inject
    Outbox outbox;

    void proposed(Match m, Placement p, LocalDate on) {
        outbox.publish(EventTypes.MATCH_PROPOSED, m.id.toString(), new MatchProposed(m.id, m.placementId, p.organisationId,
                m.participantId, m.unit, p.kind.code(), on));
    }

    /** match.accepted or match.started: the seat is the match's for its period. */
    void agreed(String type, Match m, Placement p, LocalDate on) {
        outbox.publish(type, m.id.toString(), new MatchAgreed(m.id, m.placementId, p.organisationId, m.participantId, m.unit,
                p.kind.code(), on, m.startDate, m.endDate));
    }

    void declined(Match m, Placement p, LocalDate on) {
        outbox.publish(EventTypes.MATCH_DECLINED, m.id.toString(), new MatchDeclined(m.id, m.placementId, p.organisationId,
                m.participantId, m.unit, p.kind.code(), on, m.declineReason.code()));
    }

    void ended(Match m, Placement p, LocalDate on) {
        outbox.publish(EventTypes.MATCH_ENDED, m.id.toString(), new MatchEnded(m.id, m.placementId, p.organisationId,
                m.participantId, m.unit, p.kind.code(), on, m.endedOn, m.endReason == null ? null : m.endReason.code()));
    }
}
