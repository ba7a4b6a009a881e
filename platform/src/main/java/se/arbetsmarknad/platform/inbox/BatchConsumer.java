package se.arbetsmarknad.platform.inbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.hibernate.Session;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import se.arbetsmarknad.platform.events.CloudEvent;
import se.arbetsmarknad.platform.time.SuiteClock;

/**
 * The idempotent consumer for a whole poll: applies a batch of events in ONE transaction, so a consumer
 * keeps up with its producers (one commit and one {@code processed_event} insert per batch instead of
 * per event), with the same guarantees as {@link IdempotentConsumer}:
 *
 * <ul>
 * <li>Idempotent: every event id of the batch is recorded in {@code processed_event} by one statement
 * in the batch's transaction; events recorded before (a redelivery, a replay, the same event twice in
 * one batch) are skipped.</li>
 * <li>Order: events are applied in the order of the batch, which keeps each partition's order, so one
 * aggregate's (key's) events are applied in the order they were published.</li>
 * <li>A poison message is isolated: a message that is not a valid event goes to the dead-letter topic
 * before the batch is applied; when the handler fails for one event, the batch's transaction rolls back
 * and the batch is applied again one event per transaction, so only that event goes to the dead-letter
 * topic ({@link DeadLetters}, with its reason) and the others are applied.</li>
 * <li>An infrastructure failure (database or broker unreachable, deadlock) is retried with backoff,
 * never dead-lettered.</li>
 * </ul>
 *
 * <p>Usage, for a channel configured with {@code mp.messaging.incoming.<channel>.batch=true} and
 * {@code failure-strategy=fail} (this class handles poison messages itself; what it throws is a shutdown,
 * and the batch is then redelivered after the restart):
 * <pre>
 * &#64;Incoming("participant-events") &#64;Blocking
 * void on(ConsumerRecords&lt;String, String&gt; records) { batches.apply(records, this::handle); }
 * </pre>
 * The handler runs inside the transaction, as with {@link IdempotentConsumer}. A consumer that gathers
 * its writes in memory (a read model summing counters) passes a third argument, run once at the end of
 * every transaction that applied events, so it writes once per batch instead of once per event. A
 * {@link Handler} can also look at the transaction's events before the first is applied, to read the rows
 * they touch in one query instead of one per event.
 */
@ApplicationScoped
public class BatchConsumer {

    private static final Logger LOG = Logger.getLogger(BatchConsumer.class);
    private static final Runnable NOTHING = () -> {
    };

    @Inject
    IdempotentConsumer inbox;
    @Inject
    DeadLetters deadLetters;
    @Inject
    EntityManager em;
    @Inject
    InboxConfig config;
    @Inject
    MeterRegistry registry;
    @Inject
    SuiteClock clock;

    private Counter fallbacks;
    /** Set when the application begins to stop: from then on a failure is the shutdown's, not the event's. */
    private volatile boolean stopping;

    @PostConstruct
    void metrics() {
        fallbacks = Counter.builder("inbox.batch.fallbacks")
                .description("Batches applied again one event at a time because one event failed").register(registry);
    }

    /**
     * A batch in flight when the service stops fails because the database pool or the EntityManagerFactory
     * is closing under it ("EntityManagerFactory is closed"), not because of its events: those must not go to
     * the dead-letter topic (participant-service's MatchConsumer sent match events there on SIGTERM, and their
     * interventions were never started). From here on a failure is thrown instead, so the batch's offsets
     * are not committed and it is redelivered after the restart.
     */
    void onShutdown(@Observes ShutdownEvent shutdown) {
        stopping(true);
    }

    /** Whether the service is stopping (see {@link #onShutdown}); settable for the test that proves it. */
    public void stopping(boolean value) {
        stopping = value;
    }

    /**
     * What a consumer does with the events of one transaction: a whole poll, or (after one of its events
     * failed) a single event. Every method runs inside that transaction, so whatever they write commits or
     * rolls back with the events' {@code processed_event} records.
     */
    public interface Handler {
        /**
         * Before the first event of each transaction, with the events it will apply (those not applied
         * before, in order): e.g. to load the rows they touch in one query. Gathered state starts afresh here.
         */
        default void beforeEvents(List<CloudEvent> events) {
        }

        void apply(CloudEvent event);

        /** After the last event of each transaction that applied at least one: write what was gathered. */
        default void beforeCommit() {
        }
    }

    /** An event of the batch and the record it came in. */
    record Accepted(ConsumerRecord<String, String> record, CloudEvent event) {
        UUID id() {
            return UUID.fromString(event.id());
        }
    }

    public void apply(ConsumerRecords<String, String> records, Consumer<CloudEvent> handler) {
        apply(records, handler, NOTHING);
    }

    /**
     * As {@link #apply(ConsumerRecords, Consumer)}, and {@code beforeCommit} runs in each transaction that
     * applied at least one event, after its last event (also in the one-event transactions after a
     * failed batch); a failure there rolls the transaction back like a failing handler.
     */
    public void apply(ConsumerRecords<String, String> records, Consumer<CloudEvent> handler, Runnable beforeCommit) {
        applyWith(records, handler(handler, beforeCommit));
    }

    /**
     * As {@link #apply(ConsumerRecords, Consumer, Runnable)}, with the whole {@link Handler} (named apart:
     * a lambda would fit both).
     */
    public void applyWith(ConsumerRecords<String, String> records, Handler handler) {
        List<ConsumerRecord<String, String>> list = new ArrayList<>(records.count());
        records.forEach(list::add);
        applyWith(list, handler);
    }

    /** Applies the records in their order; returns when each is applied, skipped or dead-lettered. */
    public void apply(List<ConsumerRecord<String, String>> records, Consumer<CloudEvent> handler) {
        apply(records, handler, NOTHING);
    }

    /** As {@link #apply(List, Consumer)}, with {@code beforeCommit} as in {@link #apply(ConsumerRecords, Consumer, Runnable)}. */
    public void apply(List<ConsumerRecord<String, String>> records, Consumer<CloudEvent> handler, Runnable beforeCommit) {
        applyWith(records, handler(handler, beforeCommit));
    }

    private static Handler handler(Consumer<CloudEvent> handler, Runnable beforeCommit) {
        return new Handler() {
            @Override
            public void apply(CloudEvent event) {
                handler.accept(event);
            }

            @Override
            public void beforeCommit() {
                beforeCommit.run();
            }
        };
    }

    /** As {@link #apply(List, Consumer)}, with the whole {@link Handler}. */
    public void applyWith(List<ConsumerRecord<String, String>> records, Handler handler) {
        List<Accepted> batch = new ArrayList<>(records.size());
        for (ConsumerRecord<String, String> r : records) {
            try {
                Optional<CloudEvent> event = inbox.accept(r.value());
                event.ifPresent(e -> batch.add(new Accepted(r, e)));
            } catch (RuntimeException notAnEvent) {
                deadLetter(r, notAnEvent);
            }
        }
        if (batch.isEmpty()) {
            return;
        }
        List<Accepted> applied;
        try {
            applied = retryingInfrastructure(() -> QuarkusTransaction.requiringNew()
                    .call(() -> applyAll(batch, handler)));
        } catch (RuntimeException failure) {
            requireRunning(failure);
            if (batch.size() == 1) {
                deadLetter(batch.get(0).record(), failure);
                return;
            }
            fallbacks.increment();
            LOG.warnf("A batch of %d events failed (%s); applying them one at a time", batch.size(), failure.getMessage());
            applied = new ArrayList<>();
            for (Accepted a : batch) {
                try {
                    if (retryingInfrastructure(() -> QuarkusTransaction.requiringNew().call(() -> applyOne(a, handler)))) {
                        applied.add(a);
                    }
                } catch (RuntimeException poison) {
                    requireRunning(poison);
                    deadLetter(a.record(), poison);
                }
            }
        }
        measure(batch.get(0).record().topic(), applied);
        counter("inbox.skipped", batch.get(0).record().topic()).increment(batch.size() - applied.size());
    }

    /** In the caller's transaction: records every id at once, then applies the events not seen before. */
    private List<Accepted> applyAll(List<Accepted> batch, Handler handler) {
        Set<UUID> fresh = record(batch);
        List<Accepted> applied = new ArrayList<>(fresh.size());
        for (Accepted a : batch) {
            if (fresh.remove(a.id())) {
                applied.add(a);
            }
        }
        if (!applied.isEmpty()) {
            handler.beforeEvents(applied.stream().map(Accepted::event).toList());
            applied.forEach(a -> handler.apply(a.event()));
            handler.beforeCommit();
        }
        return applied;
    }

    /** In the caller's transaction: one event, as {@link IdempotentConsumer} applies it. */
    private boolean applyOne(Accepted a, Handler handler) {
        boolean applied = inbox.apply(a.event(), e -> {
            handler.beforeEvents(List.of(e));
            handler.apply(e);
        });
        if (applied) {
            handler.beforeCommit();
        }
        return applied;
    }

    /** One insert for the whole batch; returns the ids that were new (not applied before). */
    private Set<UUID> record(List<Accepted> batch) {
        UUID[] ids = batch.stream().map(Accepted::id).toArray(UUID[]::new);
        String[] types = batch.stream().map(a -> a.event().type()).toArray(String[]::new);
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (var insert = connection.prepareStatement("""
                    insert into processed_event (consumer, event_id, event_type, processed_at)
                    select ?, e.id, e.type, now() from unnest(?::uuid[], ?::text[]) as e(id, type)
                    on conflict do nothing returning event_id""")) {
                insert.setString(1, inbox.consumerName());
                insert.setArray(2, connection.createArrayOf("uuid", ids));
                insert.setArray(3, connection.createArrayOf("text", types));
                Set<UUID> fresh = new HashSet<>();
                try (var rows = insert.executeQuery()) {
                    while (rows.next()) {
                        fresh.add(rows.getObject(1, UUID.class));
                    }
                }
                return fresh;
            }
        });
    }

    private <T> T retryingInfrastructure(java.util.function.Supplier<T> attempt) {
        Retry retry = new Retry(config);
        while (true) {
            try {
                return attempt.get();
            } catch (RuntimeException e) {
                if (!Retry.isTransient(e) || stopping) {
                    throw e; // a stopping service does not wait for its database to come back
                }
                LOG.warnf("Applying events failed for a reason outside them (retrying): %s", e.getMessage());
                retry.pause();
            }
        }
    }

    private void requireRunning(RuntimeException failure) {
        if (stopping) {
            throw new IllegalStateException("the service is stopping; the batch is applied after the restart", failure);
        }
    }

    private void deadLetter(ConsumerRecord<String, String> record, Throwable failure) {
        deadLetters.send(record, failure);
        counter("inbox.dead-lettered", record.topic()).increment();
    }

    /** Applied events, and how long after they were published they were applied (meters looked up once per batch). */
    private void measure(String topic, List<Accepted> applied) {
        if (applied.isEmpty()) {
            return;
        }
        counter("inbox.applied", topic).increment(applied.size());
        Timer timer = Timer.builder("inbox.event.age").description("From the event's time (its commit) to applied by this consumer")
                .tag("topic", topic).publishPercentileHistogram().register(registry);
        for (Accepted a : applied) {
            Duration age = Duration.between(a.event().time().toInstant(), clock.instant());
            timer.record(age.isNegative() ? Duration.ZERO : age);
        }
    }

    private Counter counter(String name, String topic) {
        return Counter.builder(name).tag("topic", topic).register(registry);
    }
}
