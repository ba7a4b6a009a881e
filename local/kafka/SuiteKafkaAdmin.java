import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;

/**
 * Tiny admin tool for the local stack (the kafka-tools jar is not available here), run by ./suite as a
 * single-file source program: {@code java -cp '<kafka libs>/*' SuiteKafkaAdmin.java <bootstrap> <topics.yaml>}.
 * Waits until the broker answers, then creates the missing topics exactly as the Strimzi KafkaTopic
 * resources in {@code k8s/base/kafka/topics.yaml} declare them (the one source: topic name, partitions,
 * config; replication 1 locally), so consumer groups and per-key ordering run over the partitions they
 * have in production. A topic that exists with other partitions is reported, not changed (adding
 * partitions would move keys and could reorder one aggregate's events): {@code ./suite up --fresh}.
 * Exit code 0 when the broker answered and every topic exists.
 */
public class SuiteKafkaAdmin {

    record Topic(String name, int partitions, Map<String, String> config) {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: SuiteKafkaAdmin <bootstrap-servers> <k8s/base/kafka/topics.yaml>");
            System.exit(2);
        }
        List<Topic> topics = read(Path.of(args[1]));
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, args[0]);
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "10000");
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "30000");
        try (Admin admin = Admin.create(props)) {
            String clusterId = admin.describeCluster().clusterId().get(30, TimeUnit.SECONDS);
            var existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = new ArrayList<>();
            for (Topic t : topics) {
                if (!existing.contains(t.name())) {
                    missing.add(new NewTopic(t.name(), t.partitions(), (short) 1).configs(t.config()));
                }
            }
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
            }
            Map<String, TopicDescription> described = admin.describeTopics(
                    topics.stream().map(Topic::name).toList()).allTopicNames().get(30, TimeUnit.SECONDS);
            for (Topic t : topics) {
                int actual = described.get(t.name()).partitions().size();
                if (actual != t.partitions()) {
                    System.out.println("note: topic " + t.name() + " has " + actual + " partition(s), k8s gives it "
                            + t.partitions() + "; './suite up --fresh' recreates it");
                }
            }
            System.out.println("kafka cluster " + clusterId + ": " + topics.size() + " topics present, "
                    + missing.size() + " created");
        }
    }

    /**
     * The KafkaTopic documents of the file: {@code spec.topicName}, {@code spec.partitions} and the
     * scalar entries of {@code spec.config}. The file is ours and schema-checked by scripts/k8s-check.sh,
     * so its plain layout is enough to read; a document without a topic name or partitions is an error.
     */
    static List<Topic> read(Path file) throws Exception {
        List<Topic> topics = new ArrayList<>();
        for (String doc : Files.readString(file).split("(?m)^---\\s*$")) {
            if (!doc.contains("kind: KafkaTopic")) {
                continue;
            }
            String name = null;
            Integer partitions = null;
            Map<String, String> config = new LinkedHashMap<>();
            boolean inConfig = false;
            for (String line : doc.split("\n")) {
                String trimmed = line.strip();
                if (trimmed.startsWith("#") || trimmed.isEmpty()) {
                    continue;
                }
                if (line.startsWith("  ") && !line.startsWith("    ")) {
                    inConfig = trimmed.equals("config:");
                }
                if (trimmed.startsWith("topicName:")) {
                    name = value(trimmed);
                } else if (trimmed.startsWith("partitions:")) {
                    partitions = Integer.valueOf(value(trimmed));
                } else if (inConfig && line.startsWith("    ") && trimmed.contains(":")) {
                    config.put(trimmed.substring(0, trimmed.indexOf(':')).strip(), value(trimmed));
                }
            }
            if (name == null || partitions == null) {
                throw new IllegalArgumentException("a KafkaTopic in " + file + " lacks topicName or partitions");
            }
            config.remove("min.insync.replicas"); // one broker locally
            topics.add(new Topic(name, partitions, config));
        }
        return topics;
    }

    private static String value(String line) {
        String v = line.substring(line.indexOf(':') + 1).strip();
        return v.startsWith("\"") && v.endsWith("\"") ? v.substring(1, v.length() - 1) : v;
    }
}
