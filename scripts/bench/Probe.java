import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The probes of ./suite bench that a load generator cannot be (run as a single-file program on the local
 * Kafka distribution's class path):
 * <ul>
 * <li>{@code kafka RATE SECONDS}: Kafka's own produce→consume latency on this broker (the anchor of
 * issue 12 goal 2), producing at RATE records/s with the outbox relay's settings (acks=all, idempotent),
 * consuming read_committed as the services do;</li>
 * <li>{@code visibility RATE SECONDS}: enrolments at RATE/s over HTTP (an open-loop schedule, so a slow
 * answer does not slow the load) while reporting's statistic is polled; the k-th committed enrolment is
 * visible when the statistic has grown by k: commit → visible per event;</li>
 * <li>{@code partitions}: partitions per topic on the local broker.</li>
 * </ul>
 * Configuration from the environment: KAFKA (bootstrap), PARTICIPANT_URL, REPORTING_URL, OFFICER_TOKEN,
 * MANAGER_TOKEN, UNIT. Output: {@code key=value} lines, read by scripts/bench/bench.sh.
 */
public class Probe {

    static final ObjectMapper JSON = new ObjectMapper();

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "kafka" -> kafka(Integer.parseInt(args[1]), Integer.parseInt(args[2]));
            case "visibility" -> visibility(Integer.parseInt(args[1]), Integer.parseInt(args[2]));
            case "partitions" -> partitions();
            default -> throw new IllegalArgumentException("kafka | visibility | partitions");
        }
    }

    static String env(String name) {
        String v = System.getenv(name);
        if (v == null || v.isBlank()) {
            throw new IllegalStateException(name + " is not set");
        }
        return v;
    }

    static void kafka(int rate, int seconds) throws Exception {
        String topic = "bench.probe.v1";
        Properties common = new Properties();
        common.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, env("KAFKA"));
        try (Admin admin = Admin.create(common)) {
            if (!admin.listTopics().names().get().contains(topic)) {
                admin.createTopics(List.of(new NewTopic(topic, 3, (short) 1))).all().get();
            }
        }
        Properties cp = new Properties();
        cp.putAll(common);
        cp.put(ConsumerConfig.GROUP_ID_CONFIG, "bench-probe-" + UUID.randomUUID());
        cp.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
        cp.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        cp.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        cp.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        Properties pp = new Properties();
        pp.putAll(common);
        pp.put(ProducerConfig.ACKS_CONFIG, "all");
        pp.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        pp.put(ProducerConfig.LINGER_MS_CONFIG, "0");
        pp.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        pp.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        int total = rate * seconds;
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(cp);
                KafkaProducer<String, String> producer = new KafkaProducer<>(pp)) {
            consumer.subscribe(List.of(topic));
            while (consumer.assignment().isEmpty()) {
                consumer.poll(Duration.ofMillis(100));
            }
            consumer.seekToEnd(consumer.assignment());
            consumer.assignment().forEach(consumer::position);
            String padding = "x".repeat(900); // about the size of an event envelope
            ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
            AtomicInteger sent = new AtomicInteger();
            long periodNanos = 1_000_000_000L / rate;
            timer.scheduleAtFixedRate(() -> {
                int n = sent.getAndIncrement();
                if (n < total) {
                    producer.send(new ProducerRecord<>(topic, "key-" + (n % 64), System.nanoTime() + ";" + padding));
                }
            }, 0, periodNanos, TimeUnit.NANOSECONDS);
            long deadline = System.nanoTime() + (seconds + 15) * 1_000_000_000L;
            while (latencies.size() < total && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(50))) {
                    long at = System.nanoTime();
                    latencies.add(at - Long.parseLong(r.value().substring(0, r.value().indexOf(';'))));
                }
            }
            timer.shutdownNow();
        }
        report("kafka", latencies, total);
    }

    static void visibility(int rate, int seconds) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(Executors.newFixedThreadPool(16))
                .build();
        String participant = env("PARTICIPANT_URL");
        String reporting = env("REPORTING_URL");
        String officer = env("OFFICER_TOKEN");
        String manager = env("MANAGER_TOKEN");
        String unit = env("UNIT");
        URI stat = URI.create(reporting + "/api/statistics/enrolled-unique?period=year&year=" + LocalDate.now().getYear()
                + "&unit=" + unit);
        long base = count(http, stat, manager);
        int total = rate * seconds;
        List<Long> commits = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger failed = new AtomicInteger();
        Personnummer numbers = new Personnummer();
        ScheduledExecutorService timer = Executors.newScheduledThreadPool(2);
        AtomicInteger started = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(total);
        long periodNanos = 1_000_000_000L / rate;
        timer.scheduleAtFixedRate(() -> {
            if (started.getAndIncrement() >= total) {
                return;
            }
            String body = "{\"personnummer\":\"" + numbers.next() + "\",\"attributes\":{\"firstName\":\"Bench\","
                    + "\"lastName\":\"Mätning\",\"educationLevel\":\"gymnasial\",\"referralSource\":\"annan\"}}";
            HttpRequest req = HttpRequest.newBuilder(URI.create(participant + "/api/participants"))
                    .header("Authorization", "Bearer " + officer).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            http.sendAsync(req, HttpResponse.BodyHandlers.discarding()).whenComplete((r, e) -> {
                if (e == null && r.statusCode() == 201) {
                    commits.add(System.nanoTime()); // the transaction committed before the answer
                } else {
                    failed.incrementAndGet();
                }
                done.countDown();
            });
        }, 0, periodNanos, TimeUnit.NANOSECONDS);
        // Poll the statistic every 10 ms until every committed enrolment is visible (or 60 s after the load).
        List<long[]> polls = new ArrayList<>(); // {time, visible}
        long deadline = System.nanoTime() + (seconds + 60) * 1_000_000_000L;
        while (System.nanoTime() < deadline) {
            long visible = count(http, stat, manager) - base;
            polls.add(new long[] {System.nanoTime(), visible});
            if (done.getCount() == 0 && visible >= commits.size()) {
                break;
            }
            Thread.sleep(10);
        }
        timer.shutdownNow();
        List<Long> sorted = new ArrayList<>(commits);
        Collections.sort(sorted);
        List<Long> latencies = new ArrayList<>();
        int p = 0;
        for (int k = 0; k < sorted.size(); k++) {
            while (p < polls.size() && polls.get(p)[1] < k + 1) {
                p++;
            }
            if (p == polls.size()) {
                break; // never became visible within the wait
            }
            latencies.add(Math.max(0, polls.get(p)[0] - sorted.get(k)));
        }
        System.out.println("visibility_failed_requests=" + failed.get());
        System.out.println("visibility_poll_interval_ms=10");
        report("visibility", latencies, sorted.size());
        System.exit(0);
    }

    static long count(HttpClient http, URI uri, String token) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token)
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(uri + " answered " + r.statusCode() + ": " + r.body());
        }
        return total(JSON.readTree(r.body()));
    }

    /** The statistic's total for everyone: the sum of every row's T (all genders) figure. */
    static long total(JsonNode series) {
        long sum = 0;
        for (JsonNode row : series.path("rows")) {
            JsonNode t = row.path("byGender").path("T");
            sum += t.isObject() ? t.path("value").asLong() : t.asLong();
        }
        return sum;
    }

    static void partitions() throws Exception {
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, env("KAFKA"));
        try (Admin admin = Admin.create(p)) {
            Set<String> names = admin.listTopics().names().get();
            Map<String, TopicDescription> d = admin.describeTopics(names).allTopicNames().get();
            new TreeMap<>(d).forEach((name, td) -> System.out.println("partitions." + name + "=" + td.partitions().size()));
        }
    }

    static void report(String name, List<Long> nanos, int expected) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        System.out.println(name + "_count=" + sorted.size());
        System.out.println(name + "_expected=" + expected);
        if (sorted.isEmpty()) {
            return;
        }
        System.out.printf("%s_p50_ms=%.1f%n", name, sorted.get(sorted.size() / 2) / 1e6);
        System.out.printf("%s_p99_ms=%.1f%n", name, sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * 0.99) - 1)) / 1e6);
        System.out.printf("%s_max_ms=%.1f%n", name, sorted.get(sorted.size() - 1) / 1e6);
    }

    /** Valid, unique personnummer (birth date + serial + Luhn), starting at a random point of a large space. */
    static final class Personnummer {
        private final AtomicLong next = new AtomicLong(Math.floorMod(new java.util.Random().nextLong(), 5_000_000L));

        String next() {
            long n = next.getAndIncrement();
            LocalDate birth = LocalDate.of(1960, 1, 1).plusDays(n / 998 % 16_000);
            int serial = (int) (n % 998) + 1;
            String nine = "%02d%02d%02d%03d".formatted(birth.getYear() % 100, birth.getMonthValue(), birth.getDayOfMonth(), serial);
            return "%04d%02d%02d-%03d%d".formatted(birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth(), serial, luhn(nine));
        }

        static int luhn(String digits) {
            int sum = 0;
            for (int i = 0; i < digits.length(); i++) {
                int d = (digits.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
                sum += d > 9 ? d - 9 : d;
            }
            return (10 - sum % 10) % 10;
        }
    }
}
