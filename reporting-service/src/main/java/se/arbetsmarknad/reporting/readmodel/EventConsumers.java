package se.arbetsmarknad.reporting.readmodel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.common.annotation.Blocking;
import se.arbetsmarknad.platform.events.CloudEvent;
import se.arbetsmarknad.platform.events.EventTypes;
import se.arbetsmarknad.platform.events.Topics;
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
    @Inject
    Facts facts;
    @Inject
    ReadModelVersion version;

    @Incoming("participant-events")
    @Blocking
    public void participant(String message) {
        apply("participant", message);
    }

    @Incoming("organisation-events")
    @Blocking
    public void organisation(String message) {
        apply("organisation", message);
    }

    @Incoming("placement-events")
    @Blocking
    public void placement(String message) {
        apply("placement", message);
    }

    @Incoming("match-events")
    @Blocking
    public void match(String message) {
        apply("match", message);
    }

    @Incoming("goal-events")
    @Blocking
    public void goal(String message) {
        apply("goal", message);
    }

    /**
     * Waits while a rebuild replays (so events stay in topic order), then applies the event in its own
     * transaction together with its processed-event record, its counters and the read model's version.
     */
    private void apply(String channel, String message) {
        rebuild.awaitIdle();
        QuarkusTransaction.requiringNew().run(() -> {
            if (inbox.apply(message, projections::apply)) {
                facts.flush();
                version.raise(channel);
            }
        });
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
            switch (EventTypes.require(event.type()).topic()) {
                case Topics.PARTICIPANT -> participants.apply(event);
                case Topics.GOAL -> goals.apply(event);
                default -> placements.apply(event); // organisation, placement and match events
            }
        }
    }
}
