package se.arbetsmarknad.reporting.readmodel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.common.annotation.Blocking;
import se.arbetsmarknad.platform.events.CloudEvent;
import se.arbetsmarknad.platform.inbox.IdempotentConsumer;

/** The live consumers: each event applied once, in one transaction with its processed-event record. */
@ApplicationScoped
public class EventConsumers {

    @Inject
    IdempotentConsumer inbox;
    @Inject
    Projections projections;

    @Incoming("participant-events")
    @Blocking
    @Transactional
    public void participant(String message) {
        inbox.apply(message, projections::apply);
    }

    @Incoming("organisation-events")
    @Blocking
    @Transactional
    public void organisation(String message) {
        inbox.apply(message, projections::apply);
    }

    @Incoming("placement-events")
    @Blocking
    @Transactional
    public void placement(String message) {
        inbox.apply(message, projections::apply);
    }

    @Incoming("match-events")
    @Blocking
    @Transactional
    public void match(String message) {
        inbox.apply(message, projections::apply);
    }

    @Incoming("goal-events")
    @Blocking
    @Transactional
    public void goal(String message) {
        inbox.apply(message, projections::apply);
    }

    /** Routes an event to its projection by type; shared by the live consumers and the rebuild. */
    @ApplicationScoped
    public static class Projections {
        @Inject
        ParticipantProjection participants;
        @Inject
        PlacementProjection placements;
        @Inject
        GoalProjection goals;

        public void apply(CloudEvent event) {
            String type = event.type();
            if (type.startsWith("participant.")) {
                participants.apply(event);
            } else if (type.startsWith("goal.")) {
                goals.apply(event);
            } else {
                placements.apply(event);
            }
        }
    }
}
