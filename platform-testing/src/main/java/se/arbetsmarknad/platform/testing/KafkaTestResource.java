package se.arbetsmarknad.platform.testing;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.apache.kafka.common.utils.Exit;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A real Apache Kafka broker (KRaft: one controller, one broker) inside the test JVM. The broker can be
 * stopped and started again on the same address, to show what happens while Kafka is away.
 *
 * <p>It lives as long as the test JVM and stops in order when the JVM exits: first the cluster, then its
 * directories. Kafka's test kit registers a JVM shutdown hook of its own that deletes the cluster's
 * temporary directory, and the JVM runs all hooks at once; so that hook used to delete the log
 * directories under a broker that was still running, the broker found every log directory failed and
 * halted the JVM with status 1 ({@code LogManager.handleLogDirFailure} → {@code Exit.halt}), after every
 * test had passed: surefire's "Error occurred in starting fork". Here Kafka's hooks are collected and run
 * after the cluster is closed, and Kafka may not halt or exit the test JVM at all: a fatal broker error
 * is printed, and the tests that need the broker fail, instead of the run ending without a word.
 */
public class KafkaTestResource implements QuarkusTestResourceLifecycleManager {

    private static final List<Runnable> KAFKA_SHUTDOWN_HOOKS = new CopyOnWriteArrayList<>();
    private static KafkaClusterTestKit cluster;

    public static synchronized KafkaClusterTestKit cluster() {
        if (cluster == null) {
            Exit.setShutdownHookAdder((name, hook) -> KAFKA_SHUTDOWN_HOOKS.add(hook));
            Exit.setHaltProcedure((status, message) -> refused("halt", status, message));
            Exit.setExitProcedure((status, message) -> refused("exit", status, message));
            try {
                KafkaClusterTestKit kit = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                        .setCombined(false)
                        .setNumControllerNodes(1)
                        .setNumBrokerNodes(1)
                        .build())
                        .setConfigProp("auto.create.topics.enable", "true")
                        .setConfigProp("num.partitions", "3")
                        .setConfigProp("offsets.topic.replication.factor", "1")
                        .setConfigProp("offsets.topic.num.partitions", "3")
                        .setConfigProp("transaction.state.log.replication.factor", "1")
                        .setConfigProp("transaction.state.log.min.isr", "1")
                        .setConfigProp("group.initial.rebalance.delay.ms", "0")
                        .build();
                kit.format();
                kit.startup();
                kit.waitForReadyBrokers();
                cluster = kit;
            } catch (Exception e) {
                throw new IllegalStateException("In-JVM Kafka did not start", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(KafkaTestResource::shutdown, "in-jvm-kafka-shutdown"));
        }
        return cluster;
    }

    /** Closes the cluster, then lets Kafka delete its directories: never the other way round. */
    private static void shutdown() {
        try {
            cluster.close();
        } catch (Exception e) {
            System.err.println("In-JVM Kafka did not close cleanly: " + e);
        } finally {
            for (Runnable hook : KAFKA_SHUTDOWN_HOOKS) {
                try {
                    hook.run();
                } catch (RuntimeException e) {
                    System.err.println("In-JVM Kafka clean-up failed: " + e);
                }
            }
        }
    }

    private static void refused(String what, int status, String message) {
        // Printed, not logged: this may happen while the JVM shuts down and logging is gone.
        new IllegalStateException("The in-JVM Kafka broker asked to " + what + " the test JVM with status "
                + status + (message == null ? "" : ": " + message) + "; refused, the broker is unusable from here on")
                .printStackTrace();
    }

    public static String bootstrapServers() {
        return cluster().bootstrapServers();
    }

    /** Stops the broker (the controller stays up); producers and consumers lose their connection. */
    public static void stopBroker() {
        cluster().brokers().values().forEach(b -> {
            b.shutdown();
            b.awaitShutdown();
        });
    }

    /** Starts the broker again on its former address. */
    public static void startBroker() {
        cluster().brokers().values().forEach(b -> b.startup());
        try {
            cluster().waitForReadyBrokers();
        } catch (Exception e) {
            throw new IllegalStateException("Kafka broker did not come back", e);
        }
    }

    @Override
    public Map<String, String> start() {
        return Map.of("kafka.bootstrap.servers", bootstrapServers());
    }

    @Override
    public void stop() {
        // kept for the next Quarkus start in this JVM; closed when the JVM exits (see above)
    }
}
