package se.arbetsmarknad.platform.inbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import se.arbetsmarknad.platform.events.ProducerSettings;

/**
 * Sends a message that can never be applied to the service's dead-letter topic ({@code <service>.dlq.v1}),
 * unchanged (key, value, headers) plus the same {@code dead-letter-*} headers as SmallRye's own
 * dead-letter strategy, so operators see one format whichever consumer wrote it. Used by
 * {@link BatchConsumer}, which must dead-letter one message of a batch without failing the others.
 * A send waits for the broker's acknowledgement: the batch is acknowledged only after it.
 */
@ApplicationScoped
public class DeadLetters {

    private static final Logger LOG = Logger.getLogger(DeadLetters.class);
    public static final String REASON = "dead-letter-reason";
    public static final String CAUSE = "dead-letter-cause";
    public static final String EXCEPTION_CLASS = "dead-letter-exception-class-name";
    public static final String CAUSE_CLASS = "dead-letter-cause-class-name";
    public static final String TOPIC = "dead-letter-topic";
    public static final String PARTITION = "dead-letter-partition";
    public static final String OFFSET = "dead-letter-offset";

    @ConfigProperty(name = "mp.messaging.connector.smallrye-kafka.dead-letter-queue.topic")
    String topic;
    @ConfigProperty(name = "kafka.bootstrap.servers", defaultValue = "localhost:9092")
    String bootstrapServers;
    @ConfigProperty(name = "quarkus.application.name")
    String application;
    @Inject
    InboxConfig config;

    private volatile Producer<String, String> producer;

    /** Dead-letters {@code record} with {@code failure} as its reason; retries while the broker is away. */
    public void send(ConsumerRecord<String, String> record, Throwable failure) {
        ProducerRecord<String, String> dead = new ProducerRecord<>(topic, record.key(), record.value());
        for (Header h : record.headers()) {
            dead.headers().add(h);
        }
        header(dead, REASON, failure.getMessage() != null ? failure.getMessage() : failure.getClass().getName());
        header(dead, EXCEPTION_CLASS, failure.getClass().getName());
        if (failure.getCause() != null) {
            header(dead, CAUSE, String.valueOf(failure.getCause().getMessage()));
            header(dead, CAUSE_CLASS, failure.getCause().getClass().getName());
        }
        header(dead, TOPIC, record.topic());
        header(dead, PARTITION, Integer.toString(record.partition()));
        header(dead, OFFSET, Long.toString(record.offset()));
        Retry retry = new Retry(config);
        while (true) {
            try {
                producer().send(dead).get();
                LOG.warnf("Dead-lettered %s[%d]@%d (key %s): %s", record.topic(), record.partition(), record.offset(),
                        record.key(), failure.getMessage());
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while dead-lettering " + record.topic() + "@" + record.offset(), e);
            } catch (Exception e) {
                LOG.warnf("Could not dead-letter %s@%d yet (retrying): %s", record.topic(), record.offset(), e);
                retry.pause();
            }
        }
    }

    private static void header(ProducerRecord<String, String> r, String name, String value) {
        r.headers().remove(name);
        r.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private Producer<String, String> producer() {
        Producer<String, String> p = producer;
        if (p == null) {
            synchronized (this) {
                if (producer == null) {
                    producer = new KafkaProducer<>(ProducerSettings.reliable(bootstrapServers, "dead-letters-" + application));
                }
                p = producer;
            }
        }
        return p;
    }

    @PreDestroy
    void close() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
    }
}
