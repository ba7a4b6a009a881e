package se.arbetsmarknad.reporting.readmodel;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import se.arbetsmarknad.platform.events.Topics;
import se.arbetsmarknad.platform.inbox.IdempotentConsumer;
import se.arbetsmarknad.platform.problem.ProblemException;

/**
 * Rebuilds the read model from the topics: empties the tables and this consumer's processed-event
 * log, then reads every consumed topic from the beginning with a plain Kafka consumer (own assignment,
 * no consumer group offsets touched) up to the end offsets seen at the start, and applies each event
 * through the same projections and {@link IdempotentConsumer} as the live consumers. The live consumers
 * of this replica wait while a rebuild runs, so events are applied in topic order; events they apply
 * afterwards are de-duplicated against the replay. Run it with one replica (scale down first).
 */
@ApplicationScoped
public class RebuildService {

    private static final Logger LOG = Logger.getLogger(RebuildService.class);
    static final List<String> TOPICS = List.of(Topics.PARTICIPANT, Topics.ORGANISATION, Topics.PLACEMENT, Topics.MATCH,
            Topics.GOAL);
    private static final String CHANNEL = "rebuild";
    static final List<String> TABLES = List.of("stat_fact", "stat_month", "stat_total", "participant_state",
            "participant_counted", "project_membership", "organisation", "placement", "match_state", "goal", "goal_follow_up",
            "unit");

    @Inject
    EntityManager em;
    @Inject
    IdempotentConsumer inbox;
    @Inject
    EventConsumers.Projections projections;
    @Inject
    ManagedExecutor executor;
    @Inject
    Clock clock;
    @Inject
    ReadModelVersion version;
    @Inject
    jakarta.enterprise.event.Event<ReadModelCleared> cleared;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    public record Status(String state, long applied, long skipped, OffsetDateTime startedAt, OffsetDateTime finishedAt,
            String error) {
    }

    private final AtomicReference<Status> status = new AtomicReference<>(new Status("idle", 0, 0, null, null, null));
    private final Object gate = new Object();

    public Status status() {
        return status.get();
    }

    public boolean running() {
        return "running".equals(status.get().state());
    }

    /** Called by the live consumers before each event: waits while a rebuild replays. */
    public void awaitIdle() {
        synchronized (gate) {
            while (running()) {
                try {
                    gate.wait(1000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    public Status start() {
        Status begun = new Status("running", 0, 0, OffsetDateTime.now(clock), null, null);
        Status previous = status.get();
        if ("running".equals(previous.state()) || !status.compareAndSet(previous, begun)) {
            throw ProblemException.conflict("En ombyggnad pågår redan / A rebuild is already running");
        }
        executor.execute(this::run);
        return begun;
    }

    private void run() {
        AtomicLong applied = new AtomicLong();
        AtomicLong skipped = new AtomicLong();
        String error = null;
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                em.createNativeQuery("truncate " + String.join(", ", TABLES)).executeUpdate();
                inbox.forgetAll();
                version.raise(CHANNEL);
                cleared.fire(new ReadModelCleared());
            });
            replay(applied, skipped);
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                    insert into stat_changed (statistic, year)
                    select distinct statistic, cast(extract(year from day) as integer) from stat_fact
                    on conflict (statistic, year) do update set version = stat_changed.version + 1""").executeUpdate());
        } catch (RuntimeException e) {
            LOG.error("Rebuild failed", e);
            error = e.getClass().getSimpleName() + ": " + e.getMessage();
        } finally {
            Status s = status.get();
            status.set(new Status(error == null ? "done" : "failed", applied.get(), skipped.get(), s.startedAt(),
                    OffsetDateTime.now(clock), error));
            synchronized (gate) {
                gate.notifyAll();
            }
            LOG.infof("Rebuild %s: %d events applied, %d skipped", status.get().state(), applied.get(), skipped.get());
        }
    }

    private void replay(AtomicLong applied, AtomicLong skipped) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "reporting-service-rebuild-" + UUID.randomUUID());
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        // Like the live consumers: only committed outbox passes (an aborted pass is re-sent whole).
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "500");
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p)) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : TOPICS) {
                List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(10));
                if (infos != null) {
                    infos.forEach(i -> partitions.add(new TopicPartition(i.topic(), i.partition())));
                }
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
                ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(500));
                List<ConsumerRecord<String, String>> batch = new ArrayList<>();
                records.forEach(r -> {
                    if (r.offset() < end.get(new TopicPartition(r.topic(), r.partition()))) {
                        batch.add(r);
                    }
                });
                applyBatch(batch, applied, skipped);
                Status s = status.get();
                status.set(new Status("running", applied.get(), skipped.get(), s.startedAt(), null, null));
            }
        }
    }

    /** One transaction per batch; if any event in it fails, each is retried alone and failures skipped. */
    private void applyBatch(List<ConsumerRecord<String, String>> batch, AtomicLong applied, AtomicLong skipped) {
        if (batch.isEmpty()) {
            return;
        }
        try {
            long n = QuarkusTransaction.requiringNew().call(() -> {
                long count = batch.stream().filter(r -> inbox.apply(r.value(), projections::apply)).count();
                projections.endOfTransaction(CHANNEL);
                return count;
            });
            applied.addAndGet(n);
        } catch (RuntimeException e) {
            for (ConsumerRecord<String, String> r : batch) {
                try {
                    if (QuarkusTransaction.requiringNew().call(() -> {
                        boolean done = inbox.apply(r.value(), projections::apply);
                        projections.endOfTransaction(CHANNEL);
                        return done;
                    })) {
                        applied.incrementAndGet();
                    }
                } catch (RuntimeException single) {
                    skipped.incrementAndGet();
                    LOG.warnf("Rebuild skipped %s-%d@%d: %s", r.topic(), r.partition(), r.offset(), single.getMessage());
                }
            }
        }
    }
}
