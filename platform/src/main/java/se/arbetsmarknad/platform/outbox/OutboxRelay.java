package se.arbetsmarknad.platform.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Properties;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import se.arbetsmarknad.platform.events.CloudEvent;
import se.arbetsmarknad.platform.jobs.ClusterLock;
import se.arbetsmarknad.platform.time.SuiteClock;

/**
 * Publishes outbox rows to Kafka in {@code id} order, then marks them published in the same
 * transaction. Only one relay in the cluster works at a time (a PostgreSQL advisory lock), so
 * several replicas never interleave one key's events. While the broker is away the rows simply stay
 * unpublished and the relay backs off and retries; a crash between send and mark re-sends, which
 * consumers absorb because they de-duplicate on the event id.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final String LOCK = "outbox-relay";

    @Inject
    EntityManager em;
    @Inject
    OutboxConfig config;
    @Inject
    ClusterLock clusterLock;
    @Inject
    MeterRegistry registry;
    @Inject
    SuiteClock clock;
    @ConfigProperty(name = "kafka.bootstrap.servers", defaultValue = "localhost:9092")
    String bootstrapServers;

    private final java.util.concurrent.atomic.AtomicBoolean running = new java.util.concurrent.atomic.AtomicBoolean();
    private final java.util.concurrent.atomic.AtomicBoolean again = new java.util.concurrent.atomic.AtomicBoolean();
    private final java.util.concurrent.atomic.AtomicBoolean wakeQueued = new java.util.concurrent.atomic.AtomicBoolean();
    private final java.util.concurrent.ExecutorService waker = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "outbox-relay-waker");
        t.setDaemon(true);
        return t;
    });
    private volatile Producer<String, String> producer;
    private volatile long pauseUntil;
    private Duration currentBackoff;
    private Counter published;
    private Counter failures;

    @jakarta.annotation.PostConstruct
    void metrics() {
        published = Counter.builder("outbox.published").description("Events published from the outbox").register(registry);
        failures = Counter.builder("outbox.failures").description("Relay passes that failed to publish").register(registry);
        Gauge.builder("outbox.pending", this, OutboxRelay::pendingQuietly)
                .description("Outbox events not yet published").register(registry);
    }

    @Scheduled(every = "${outbox.relay.interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = RelayDisabled.class)
    void scheduled() {
        nudge();
    }

    /**
     * Asks for a relay pass soon, from a thread of its own: the caller may be finishing a transaction,
     * and a pass must never run inside (or inherit the context of) someone else's transaction.
     * Requests coalesce: at most one wake-up waits at a time.
     */
    public void wake() {
        if (config.relay().enabled() && wakeQueued.compareAndSet(false, true)) {
            waker.execute(() -> {
                wakeQueued.set(false);
                nudge();
            });
        }
    }

    /**
     * Runs relay passes now unless one is running; a nudge that arrives during a pass makes that pass
     * look again, so an event committed meanwhile is not left for the next scheduled tick.
     */
    public void nudge() {
        if (!config.relay().enabled()) {
            return;
        }
        again.set(true);
        while (again.get() && running.compareAndSet(false, true)) {
            try {
                again.set(false);
                tick();
            } finally {
                running.set(false);
            }
        }
    }

    private void tick() {
        if (System.currentTimeMillis() < pauseUntil) {
            return;
        }
        String error;
        try {
            Pass pass;
            do {
                pass = relayOnce();
            } while (pass.error() == null && pass.published() == config.relay().batchSize());
            error = pass.error();
        } catch (RuntimeException e) {
            error = e.getMessage();
        }
        if (error == null) {
            currentBackoff = null;
            return;
        }
        failures.increment();
        currentBackoff = currentBackoff == null ? config.relay().backoff()
                : min(currentBackoff.multipliedBy(2), config.relay().maxBackoff());
        pauseUntil = System.currentTimeMillis() + currentBackoff.toMillis();
        LOG.warnf("Outbox relay could not publish (retrying in %s): %s", currentBackoff, error);
    }

    /** The outcome of one relay pass. {@code error} is null when the pass was committed to Kafka. */
    public record Pass(int published, String error) {
    }

    /**
     * One pass: publishes up to a batch of pending events, in id order, as ONE Kafka transaction, and
     * marks them published only when that transaction committed. A failed pass is aborted, so none of
     * its records become visible to consumers (they read committed records only); the next pass sends
     * the same events again from the first one. This matters for order: without it, a batch that
     * expires while the broker is away can be overtaken by a later batch of the same partition.
     */
    @Transactional
    public Pass relayOnce() {
        if (!clusterLock.tryLockForTransaction(LOCK)) {
            return new Pass(0, null); // another replica is relaying
        }
        List<OutboxEvent> batch = em.createQuery(
                "from OutboxEvent where publishedAt is null order by id", OutboxEvent.class)
                .setMaxResults(config.relay().batchSize())
                .getResultList();
        if (batch.isEmpty()) {
            return new Pass(0, null);
        }
        try {
            Producer<String, String> kafka = producer();
            kafka.beginTransaction();
            for (OutboxEvent row : batch) {
                ProducerRecord<String, String> record = new ProducerRecord<>(row.topic, row.messageKey, row.envelope);
                record.headers().add("content-type", CloudEvent.STRUCTURED_CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
                record.headers().add("ce_type", row.eventType.getBytes(StandardCharsets.UTF_8));
                record.headers().add("ce_id", row.eventId.toString().getBytes(StandardCharsets.UTF_8));
                kafka.send(record);
            }
            kafka.commitTransaction();
        } catch (RuntimeException e) {
            // Whatever state the Kafka transaction is in, a fresh producer aborts it (a new producer
            // with the same transactional id fences and aborts the old one's open transaction).
            discardProducer();
            OutboxEvent first = batch.get(0);
            first.attempts++;
            first.lastError = String.valueOf(e);
            return new Pass(0, "could not publish " + batch.size() + " events from " + first.eventId + ": " + e);
        }
        OffsetDateTime now = clock.now();
        for (OutboxEvent row : batch) {
            row.attempts++;
            row.publishedAt = now;
            row.lastError = null;
        }
        published.increment(batch.size());
        return new Pass(batch.size(), null);
    }

    /** Deletes published rows past their retention: Kafka holds the history, the outbox only the backlog. */
    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void purgePublished() {
        em.createQuery("delete from OutboxEvent where publishedAt < :before")
                .setParameter("before", clock.now().minus(config.relay().retainPublished()))
                .executeUpdate();
    }

    @Transactional
    public long pending() {
        return em.createQuery("select count(e) from OutboxEvent e where e.publishedAt is null", Long.class)
                .getSingleResult();
    }

    private double pendingQuietly() {
        try {
            return pending();
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }

    private Producer<String, String> producer() {
        Producer<String, String> p = producer;
        if (p == null) {
            synchronized (this) {
                if (producer == null) {
                    Properties props = new Properties();
                    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
                    props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
                    props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
                    // Transactional (hence idempotent) producer: one relay pass = one Kafka transaction.
                    // The id is per process; the advisory lock, not fencing, keeps relays single-active.
                    props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
                    props.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "outbox-" + config.source().replace("/", "")
                            + "-" + ClusterLock.instanceId());
                    props.put(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG, 60_000);
                    props.put(ProducerConfig.ACKS_CONFIG, "all");
                    props.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
                    props.put(ProducerConfig.LINGER_MS_CONFIG, 5);
                    // Fail a pass within seconds when the broker is away; the relay retries with backoff.
                    props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
                    props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
                    props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 15_000);
                    props.put(ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay-" + config.source().replace("/", ""));
                    KafkaProducer<String, String> created = new KafkaProducer<>(props);
                    try {
                        created.initTransactions();
                    } catch (RuntimeException e) {
                        created.close(Duration.ZERO);
                        throw e;
                    }
                    producer = created;
                }
                p = producer;
            }
        }
        return p;
    }

    private synchronized void discardProducer() {
        if (producer != null) {
            try {
                producer.close(Duration.ofMillis(500));
            } catch (RuntimeException ignored) {
                // closing a broken producer may fail as well; it is dropped either way
            }
            producer = null;
        }
    }

    @PreDestroy
    void close() {
        waker.shutdownNow();
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    @ApplicationScoped
    public static class RelayDisabled implements Scheduled.SkipPredicate {
        @Inject
        OutboxConfig config;

        @Override
        public boolean test(io.quarkus.scheduler.ScheduledExecution execution) {
            return !config.relay().enabled();
        }
    }
}
