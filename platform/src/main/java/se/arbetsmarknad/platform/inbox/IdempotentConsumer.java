package se.arbetsmarknad.platform.inbox;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import se.arbetsmarknad.platform.events.CloudEvent;
import se.arbetsmarknad.platform.events.EventContracts;
import se.arbetsmarknad.platform.events.EventJson;
import se.arbetsmarknad.platform.events.EventJson.MalformedEventException;

/**
 * Applies an incoming event at most once per consumer. The event id is recorded in
 * {@code processed_event} in the same transaction as the handler's changes, so a redelivered event
 * (relay re-send, consumer restart, replay) is recognised and skipped, and a handler that fails
 * leaves neither its changes nor the record behind.
 *
 * <p>Usage, in a Kafka consumer:
 * <pre>
 * &#64;Incoming("participant-events") &#64;Blocking &#64;Transactional
 * void on(String message) { inbox.apply(message, this::handle); }
 * </pre>
 * An exception (malformed envelope, broken contract, handler failure) propagates, the transaction
 * rolls back and the messaging layer sends the message to the service's dead-letter topic with the
 * exception message as its reason. {@link BatchConsumer} does the same for a whole poll at once.
 */
@ApplicationScoped
public class IdempotentConsumer {

    private static final Logger LOG = Logger.getLogger(IdempotentConsumer.class);

    @Inject
    EntityManager em;
    @Inject
    EventJson json;
    @Inject
    EventContracts contracts;
    @ConfigProperty(name = "quarkus.application.name")
    String consumerName;

    /**
     * @return {@code true} when the handler ran, {@code false} when the event had been applied before
     *         or its type has no contract (an unknown type is newer than this consumer and is ignored)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean apply(String message, Consumer<CloudEvent> handler) {
        Optional<CloudEvent> accepted = accept(message);
        return accepted.isPresent() && apply(accepted.get(), handler);
    }

    /** Records and applies an event already {@link #accept accepted}; {@code false} when applied before. */
    @Transactional(Transactional.TxType.MANDATORY)
    boolean apply(CloudEvent event, Consumer<CloudEvent> handler) {
        int inserted = em.createNativeQuery("""
                insert into processed_event (consumer, event_id, event_type, processed_at)
                values (:consumer, :id, :type, now()) on conflict do nothing""")
                .setParameter("consumer", consumerName)
                .setParameter("id", UUID.fromString(event.id()))
                .setParameter("type", event.type())
                .executeUpdate();
        if (inserted == 0) {
            LOG.debugf("Skipping event %s (%s): already applied", event.id(), event.type());
            return false;
        }
        handler.accept(event);
        return true;
    }

    /**
     * Reads and checks a message: a CloudEvent with a UUID id whose payload satisfies its contract.
     *
     * @return empty for a type without a contract (newer than this consumer: ignored)
     * @throws MalformedEventException or {@link EventContracts.ContractViolationException} for a message
     *         that can never be applied
     */
    Optional<CloudEvent> accept(String message) {
        CloudEvent event = json.read(message);
        if (!contracts.isKnown(event.type())) {
            LOG.debugf("Ignoring event %s of unknown type %s", event.id(), event.type());
            return Optional.empty();
        }
        contracts.requireValid(event.type(), event.data());
        try {
            UUID.fromString(event.id());
        } catch (IllegalArgumentException e) {
            throw new MalformedEventException("event id is not a UUID: " + event.id());
        }
        return Optional.of(event);
    }

    String consumerName() {
        return consumerName;
    }

    /** Forgets what this consumer applied: used before a read model is rebuilt from the topics. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int forgetAll() {
        return em.createNativeQuery("delete from processed_event where consumer = :consumer")
                .setParameter("consumer", consumerName)
                .executeUpdate();
    }
}
