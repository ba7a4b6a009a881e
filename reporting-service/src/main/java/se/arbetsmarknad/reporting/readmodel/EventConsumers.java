package se.arbetsmarknad.reporting.readmodel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.quarkus.narayana.jta.QuarkusTransaction;
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
    @Inject
    RebuildService rebuild;

    @Incoming("participant-events")
    @Blocking
    public void participant(String message) {
        apply(message);
    }

    @Incoming("organisation-events")
    @Blocking
    public void organisation(String message) {
        apply(message);
    }

    @Incoming("placement-events")
    @Blocking
    public void placement(String message) {
        apply(message);
    }

    @Incoming("match-events")
    @Blocking
    public void match(String message) {
        apply(message);
    }

    @Incoming("goal-events")
    @Blocking
    public void goal(String message) {
        apply(message);
    }

    /**
     * Waits while a rebuild replays (so events stay in topic order), then applies the event in its own
     * transaction together with its processed-event record.
     */
    private void apply(String message) {
        rebuild.awaitIdle();
        QuarkusTransaction.requiringNew().run(() -> inbox.apply(message, projections::apply));
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
