package se.arbetsmarknad.platform.outbox;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;

import se.arbetsmarknad.platform.events.CloudEvent;
import se.arbetsmarknad.platform.events.EventContracts;
import se.arbetsmarknad.platform.events.EventJson;
import se.arbetsmarknad.platform.events.EventPayload;
import se.arbetsmarknad.platform.events.EventTypes;
import se.arbetsmarknad.platform.time.SuiteClock;

/**
 * The only way a service publishes: the event is stored in the caller's transaction, so it exists
 * exactly when the state change it describes was committed. The {@link OutboxRelay} sends it later.
 */
@ApplicationScoped
public class Outbox {

    @Inject
    EntityManager em;
    @Inject
    EventContracts contracts;
    @Inject
    EventJson json;
    @Inject
    OutboxConfig config;
    @Inject
    TransactionSynchronizationRegistry transactions;
    @Inject
    OutboxRelay relay;
    @Inject
    SuiteClock clock;

    /**
     * Publishes an event of a registered type: the topic and the payload record come from
     * {@link EventTypes}, e.g. {@code outbox.publish(EventTypes.MATCH_ACCEPTED, m.id.toString(), new MatchAgreed(...))}.
     *
     * @param type        one of the {@link EventTypes} constants
     * @param aggregateId the record key and CloudEvents subject: per-aggregate order follows from it
     * @param payload     the record registered for the type
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public CloudEvent publish(String type, String aggregateId, EventPayload payload) {
        EventTypes.EventType registered = EventTypes.require(type);
        return publish(registered.topic(), aggregateId, type, payload);
    }

    /**
     * @param topic       one of {@link se.arbetsmarknad.platform.events.Topics}
     * @param aggregateId the record key and CloudEvents subject: per-aggregate order follows from it
     * @param type        the event type; its payload must satisfy {@code contracts/<type>.schema.json}
     * @param payload     a record (for a registered type: the one {@link EventTypes} names) or a map;
     *                    serialised with the application's ObjectMapper
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public CloudEvent publish(String topic, String aggregateId, String type, Object payload) {
        Objects.requireNonNull(aggregateId, "aggregateId");
        EventTypes.find(type).ifPresent(registered -> {
            if (!registered.topic().equals(topic)) {
                throw new IllegalArgumentException(type + " belongs on " + registered.topic() + ", not " + topic);
            }
            if (payload instanceof EventPayload && !registered.payload().isInstance(payload)) {
                throw new IllegalArgumentException(type + " carries " + registered.payload().getSimpleName()
                        + ", not " + payload.getClass().getSimpleName());
            }
        });
        JsonNode data = json.mapper().valueToTree(payload);
        contracts.requireValid(type, data);
        OffsetDateTime now = clock.now();
        CloudEvent event = new CloudEvent(CloudEvent.SPEC_VERSION, UUID.randomUUID().toString(), type,
                config.source(), now, aggregateId, CloudEvent.CONTENT_TYPE, EventContracts.schemaLocation(type), data);

        OutboxEvent row = new OutboxEvent();
        row.eventId = UUID.fromString(event.id());
        row.topic = topic;
        row.messageKey = aggregateId;
        row.eventType = type;
        row.envelope = json.write(event);
        row.createdAt = now;
        em.persist(row);
        wakeRelayAfterCommit();
        return event;
    }

    /** Publishing right after the commit keeps latency low; the scheduled pass is the safety net. */
    private void wakeRelayAfterCommit() {
        Object key = Outbox.class;
        if (transactions.getResource(key) != null) {
            return; // already registered for this transaction
        }
        transactions.putResource(key, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    relay.wake();
                }
            }
        });
    }
}
