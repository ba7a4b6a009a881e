package se.arbetsmarknad.reporting.readmodel;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.common.annotation.Blocking;
import se.arbetsmarknad.platform.events.CloudEvent;
import se.arbetsmarknad.platform.events.EventTypes;
import se.arbetsmarknad.platform.events.Topics;
import se.arbetsmarknad.platform.inbox.BatchConsumer;

/**
 * The live consumers: each poll applied in one transaction through the platform's {@link BatchConsumer}
 * (every event once, with its processed-event record); the counters the batch's events add and the read
 * model's version are written once at the end of the batch.
 */
@ApplicationScoped
public class EventConsumers {

    @Inject
    BatchConsumer batches;
    @Inject
    Projections projections;
    @Inject
    RebuildService rebuild;

    @Incoming("participant-events")
    @Blocking
    public void participant(ConsumerRecords<String, String> records) {
        apply("participant", records);
    }

    @Incoming("organisation-events")
    @Blocking
    public void organisation(ConsumerRecords<String, String> records) {
        apply("organisation", records);
    }

    @Incoming("placement-events")
    @Blocking
    public void placement(ConsumerRecords<String, String> records) {
        apply("placement", records);
    }

    @Incoming("match-events")
    @Blocking
    public void match(ConsumerRecords<String, String> records) {
        apply("match", records);
    }

    @Incoming("goal-events")
    @Blocking
    public void goal(ConsumerRecords<String, String> records) {
        apply("goal", records);
    }

    /** Waits while a rebuild replays (so events stay in topic order), then applies the poll. */
    private void apply(String channel, ConsumerRecords<String, String> records) {
        rebuild.awaitIdle();
        batches.applyWith(records, new BatchConsumer.Handler() {
            @Override
            public void beforeEvents(List<CloudEvent> events) {
                projections.load(events);
            }

            @Override
            public void apply(CloudEvent event) {
                projections.apply(event);
            }

            @Override
            public void beforeCommit() {
                projections.endOfTransaction(channel);
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
        @Inject
        Facts facts;
        @Inject
        ReadModelVersion version;

        /** Before a batch's events: the states they are about, in one query. */
        public void load(List<CloudEvent> events) {
            participants.load(events);
        }

        public void apply(CloudEvent event) {
            switch (EventTypes.require(event.type()).topic()) {
                case Topics.PARTICIPANT -> participants.apply(event);
                case Topics.GOAL -> goals.apply(event);
                default -> placements.apply(event); // organisation, placement and match events
            }
        }

        /** Once at the end of each transaction that applied events: their counters, and the version readers see. */
        public void endOfTransaction(String channel) {
            facts.flush();
            version.raise(channel);
        }
    }
}
