package se.arbetsmarknad.placement.match;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import se.arbetsmarknad.placement.placement.Placement;
import se.arbetsmarknad.platform.events.Topics;
import se.arbetsmarknad.platform.outbox.Outbox;

/** match.proposed / accepted / declined / started / ended through the outbox. */
@ApplicationScoped
public class MatchEvents {

    static final String PROPOSED = "match.proposed";
    static final String ACCEPTED = "match.accepted";
    static final String DECLINED = "match.declined";
    static final String STARTED = "match.started";
    static final String ENDED = "match.ended";

    @Inject
    Outbox outbox;

    public void publish(String type, Match m, Placement p, LocalDate on) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("matchId", m.id);
        d.put("placementId", m.placementId);
        d.put("organisationId", p.organisationId);
        d.put("participantId", m.participantId);
        d.put("unit", m.unit);
        d.put("kind", p.kind);
        d.put("on", on);
        switch (type) {
            case ACCEPTED, STARTED -> {
                d.put("startDate", m.startDate);
                d.put("endDate", m.endDate);
            }
            case DECLINED -> d.put("reason", m.declineReason);
            case ENDED -> {
                d.put("endedOn", m.endedOn);
                if (m.endReason != null) {
                    d.put("reason", m.endReason);
                }
            }
            default -> {
            }
        }
        outbox.publish(Topics.MATCH, m.id.toString(), type, d);
    }
}
