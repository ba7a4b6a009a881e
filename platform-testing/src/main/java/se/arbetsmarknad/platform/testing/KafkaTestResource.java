package se.arbetsmarknad.platform.testing;

import java.util.Map;

import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A real Apache Kafka broker (KRaft: one controller, one broker) inside the test JVM. The broker can be
 * stopped and started again on the same address, to show what happens while Kafka is away.
 */
public class KafkaTestResource implements QuarkusTestResourceLifecycleManager {

    private static KafkaClusterTestKit cluster;

    public static synchronized KafkaClusterTestKit cluster() {
        if (cluster == null) {
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
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    cluster.close();
                } catch (Exception ignored) {
                    // the JVM is going away
                }
            }));
        }
        return cluster;
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
        // kept for the next Quarkus start in this JVM; closed by the shutdown hook
    }
}
