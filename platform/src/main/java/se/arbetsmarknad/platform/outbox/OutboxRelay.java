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
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import se.arbetsmarknad.platform.events.CloudEvent;
import se.arbetsmarknad.platform.events.ProducerSettings;
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
    private final java.util.concurrent.ScheduledExecutorService waker = java.util.concurrent.Executors
            .newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "outbox-relay-waker");
                t.setDaemon(true);
                return t;
            });
    /** When the last pass started (System.nanoTime), for {@link OutboxConfig.Relay#minInterval()}. */
    private volatile long lastPassStart = System.nanoTime() - java.util.concurrent.TimeUnit.DAYS.toNanos(1);
    private volatile Producer<String, String> producer;
    private volatile long pauseUntil;
    private Duration currentBackoff;
    private Counter published;
    private Counter failures;

    /** The backlog as last seen by a relay tick; the gauges read it, so a scrape never queries the database. */
    private volatile Backlog backlog = new Backlog(0, null);
    private Timer publishDelay;

    /** Unpublished events and the creation time of the oldest (null when none). */
    record Backlog(long pending, OffsetDateTime oldest) {
    }

    @jakarta.annotation.PostConstruct
    void metrics() {
        published = Counter.builder("outbox.published").description("Events published from the outbox").register(registry);
        failures = Counter.builder("outbox.failures").description("Relay passes that failed to publish").register(registry);
        Gauge.builder("outbox.pending", this, r -> r.backlog.pending())
                .description("Outbox events not yet published (as of the relay's last pass)").register(registry);
        Gauge.builder("outbox.oldest.pending.age", this, OutboxRelay::oldestPendingAgeSeconds).baseUnit("seconds")
                .description("Age of the oldest event not yet published; 0 when none").register(registry);
        publishDelay = Timer.builder("outbox.publish.delay")
                .description("From an event's write to its publication on Kafka").publishPercentileHistogram()
                .register(registry);
    }

    private double oldestPendingAgeSeconds() {
        OffsetDateTime oldest = backlog.oldest();
        return oldest == null ? 0 : Math.max(0, Duration.between(oldest.toInstant(), clock.instant()).toMillis() / 1000.0);
    }

    @Scheduled(every = "${outbox.relay.interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = RelayDisabled.class)
    void scheduled() {
        nudge();
    }

    /**
     * Asks for a relay pass soon, from a thread of its own: the caller may be finishing a transaction,
     * and a pass must never run inside (or inherit the context of) someone else's transaction.
     * Requests coalesce: at most one wake-up waits at a time. A pass starts at once unless the last one
     * started less than {@link OutboxConfig.Relay#minInterval()} ago; then it starts when that has passed,
     * with every event committed meanwhile: under a steady stream of commits each pass (one Kafka
     * transaction, and one transaction in every consumer) carries several events, while an event
     * committed after a quiet moment goes out without waiting.
     */
    public void wake() {
        if (config.relay().enabled() && wakeQueued.compareAndSet(false, true)) {
            long wait = lastPassStart + config.relay().minInterval().toNanos() - System.nanoTime();
            waker.schedule(() -> {
                wakeQueued.set(false);
                nudge();
            }, Math.max(0, wait), java.util.concurrent.TimeUnit.NANOSECONDS);
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
        lastPassStart = System.nanoTime();
        String error;
        Pass pass = null;
        try {
            do {
                pass = relayOnce();
            } while (pass.error() == null && pass.published() == config.relay().batchSize());
            error = pass.error();
        } catch (RuntimeException e) {
            error = e.getMessage();
        }
        updateBacklog(pass);
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

    /**
     * The outcome of one relay pass. {@code error} is null when the pass was committed to Kafka;
     * {@code relaying} is false when another replica holds the relay lock.
     */
    public record Pass(int published, String error, boolean relaying) {
    }

    /**
     * After a tick: when this replica published everything it found, nothing is pending (up to events
     * committed since, which wake the relay again); otherwise (a failure, or another replica relays) one
     * indexed query counts the backlog. So the gauges cost a query per tick only while there is a backlog,
     * and none per scrape.
     */
    private void updateBacklog(Pass pass) {
        if (pass != null && pass.relaying() && pass.error() == null && pass.published() < config.relay().batchSize()) {
            backlog = new Backlog(0, null);
            return;
        }
        try {
            backlog = QuarkusTransaction.requiringNew().call(() -> {
                Object[] row = (Object[]) em.createQuery(
                        "select count(e), min(e.createdAt) from OutboxEvent e where e.publishedAt is null")
                        .getSingleResult();
                return new Backlog(((Number) row[0]).longValue(), (OffsetDateTime) row[1]);
            });
        } catch (RuntimeException e) {
            LOG.debugf("Could not count the outbox backlog: %s", e.getMessage());
        }
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
            return new Pass(0, null, false); // another replica is relaying
        }
        List<OutboxEvent> batch = em.createQuery(
                "from OutboxEvent where publishedAt is null order by id", OutboxEvent.class)
                .setMaxResults(config.relay().batchSize())
                .getResultList();
        if (batch.isEmpty()) {
            return new Pass(0, null, true);
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
            return new Pass(0, "could not publish " + batch.size() + " events from " + first.eventId + ": " + e, true);
        }
        // One statement marks the whole pass published (not one update per row): the pass's transaction
        // holds the relay lock, so the shorter it is, the sooner the next events go out.
        OffsetDateTime now = clock.now();
        // Native SQL with the ids as one array: the statement is the same for every pass. As HQL with "id in :ids"
        // Hibernate translated it again for each pass (the list's length is part of the SQL): 61 % of the relay
        // thread's CPU samples at the maximum enrolment rate (JFR), 8.5 % of the service's.
        em.unwrap(org.hibernate.Session.class)
                .createNativeQuery("update outbox_event set published_at = :now, attempts = attempts + 1, last_error = null"
                        + " where id = any(:ids)")
                .addSynchronizedEntityClass(OutboxEvent.class)
                .setParameter("now", now)
                .setParameter("ids", batch.stream().map(row -> row.id).toArray(Long[]::new))
                .executeUpdate();
        for (OutboxEvent row : batch) {
            publishDelay.record(Duration.between(row.createdAt.toInstant(), now.toInstant()));
        }
        published.increment(batch.size());
        return new Pass(batch.size(), null, true);
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

    private Producer<String, String> producer() {
        Producer<String, String> p = producer;
        if (p == null) {
            synchronized (this) {
                if (producer == null) {
                    // Fails a pass within seconds when the broker is away; the relay retries with backoff.
                    Properties props = ProducerSettings.reliable(bootstrapServers,
                            "outbox-relay-" + config.source().replace("/", ""));
                    // Transactional producer: one relay pass = one Kafka transaction. The id is per
                    // process; the advisory lock, not fencing, keeps relays single-active.
                    props.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "outbox-" + config.source().replace("/", "")
                            + "-" + ClusterLock.instanceId());
                    props.put(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG, 60_000);
                    props.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
                    props.put(ProducerConfig.LINGER_MS_CONFIG, 5);
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
