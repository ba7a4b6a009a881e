import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;

/**
 * Tiny admin tool for the local stack (the kafka-tools jar is not available here), run by ./suite as a
 * single-file source program: {@code java -cp '<kafka libs>/*' SuiteKafkaAdmin.java <bootstrap> <topic>...}.
 * Waits until the broker answers, then creates the missing topics (1 partition, replication 1).
 * Exit code 0 when the broker answered and every topic exists.
 */
public class SuiteKafkaAdmin {
    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: SuiteKafkaAdmin <bootstrap-servers> [topic...]");
            System.exit(2);
        }
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, args[0]);
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "10000");
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "30000");
        try (Admin admin = Admin.create(props)) {
            String clusterId = admin.describeCluster().clusterId().get(30, TimeUnit.SECONDS);
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = new ArrayList<>();
            for (int i = 1; i < args.length; i++) {
                if (!existing.contains(args[i])) {
                    missing.add(new NewTopic(args[i], 1, (short) 1));
                }
            }
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
            }
            System.out.println("kafka cluster " + clusterId + ": " + (args.length - 1) + " topics present, "
                    + missing.size() + " created");
        }
    }
}
