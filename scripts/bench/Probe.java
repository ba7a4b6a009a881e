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
        URI stat = URI.create(env("REPORTING_URL") + "/api/statistics/enrolled-unique?period=year&year="
                + LocalDate.now().getYear() + "&unit=" + env("UNIT"));
        String manager = env("MANAGER_TOKEN");
        Enrolments enrolments = new Enrolments(http, rate);
        // Warm-up (2 s of the load): the services' code paths are compiled, and the statistic leaves the
        // suppressed range 1–4 (null in the table), so every later poll reads a number.
        long before = count(http, stat, manager);
        Enrolments.Run warm = enrolments.start(rate * 2);
        warm.done.await(120, TimeUnit.SECONDS);
        long base = settled(http, stat, manager, before < 0 ? -1 : before + warm.answers.size());
        if (base < 0) {
            System.out.println("visibility_note=the statistic did not settle after the warm-up (still suppressed or growing)");
            report("visibility", List.of(), 0);
            System.exit(0);
        }
        int total = rate * seconds;
        try (EventTimes events = new EventTimes()) {
            Enrolments.Run run = enrolments.start(total);
            // Poll the statistic every 10 ms until every committed enrolment is visible (or 60 s after the load);
            // a poll's time is when its answer arrived, so the poll never flatters the latency.
            List<long[]> polls = new ArrayList<>(); // {time, visible}
            long deadline = System.nanoTime() + (seconds + 60) * 1_000_000_000L;
            while (System.nanoTime() < deadline) {
                long value = count(http, stat, manager);
                if (value >= 0) {
                    polls.add(new long[] {System.nanoTime(), value - base});
                    if (run.done.getCount() == 0 && value - base >= run.answers.size()) {
                        break;
                    }
                }
                Thread.sleep(10);
            }
            enrolments.stop();
            // The commit of an enrolment: its participant.enrolled event's time, stamped in the committing
            // transaction (so at or just before the commit: never later, the figure errs on the slow side).
            // An event the probe did not see on the topic counts from its HTTP answer (after the commit).
            Map<String, Long> stamped = events.times(run.ids, 10_000);
            List<Long> commits = new ArrayList<>();
            int fromAnswer = 0;
            for (int i = 0; i < run.ids.size(); i++) {
                Long t = stamped.get(run.ids.get(i));
                if (t == null) {
                    fromAnswer++;
                }
                commits.add(t != null ? t : run.answers.get(i));
            }
            System.out.println("visibility_failed_requests=" + run.failed.get());
            System.out.println("visibility_unanswered=" + (total - run.answers.size() - run.failed.get()));
            System.out.println("visibility_commit_from_answer=" + fromAnswer);
            System.out.println("visibility_poll_interval_ms=10");
            System.out.printf("visibility_enrolment_rate=%.1f%n", run.rate());
            report("visibility", matched(commits, polls), commits.size());
            report("visibility_from_answer", matched(new ArrayList<>(run.answers), polls), run.answers.size());
        }
        System.exit(0);
    }

    /** The k-th commit (in time order) is visible at the first poll that saw the statistic grown by k. */
    static List<Long> matched(List<Long> commits, List<long[]> polls) {
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
        return latencies;
    }

    /**
     * Reads participant.events.v1 from its end (as a consumer group of its own, read_committed) and keeps
     * the time of every participant.enrolled event, by participant id, on this JVM's nanoTime scale.
     */
    static final class EventTimes implements AutoCloseable {
        private final Map<String, Long> times = new java.util.concurrent.ConcurrentHashMap<>();
        private final KafkaConsumer<String, String> consumer;
        private final Thread reader;
        private volatile boolean stop;
        // wall clock → nanoTime: the event's time is wall-clock (same machine), the polls are nanoTime
        private final long offsetNanos = System.currentTimeMillis() * 1_000_000L - System.nanoTime();

        EventTimes() {
            Properties cp = new Properties();
            cp.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, env("KAFKA"));
            cp.put(ConsumerConfig.GROUP_ID_CONFIG, "bench-visibility-" + UUID.randomUUID());
            cp.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
            cp.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
            cp.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
            cp.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
            consumer = new KafkaConsumer<>(cp);
            consumer.subscribe(List.of("participant.events.v1"));
            while (consumer.assignment().isEmpty()) {
                consumer.poll(Duration.ofMillis(100));
            }
            consumer.seekToEnd(consumer.assignment());
            consumer.assignment().forEach(consumer::position);
            reader = new Thread(() -> {
                while (!stop) {
                    for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(50))) {
                        try {
                            JsonNode e = JSON.readTree(r.value());
                            if ("participant.enrolled".equals(e.path("type").asText())) {
                                java.time.Instant t = java.time.OffsetDateTime.parse(e.path("time").asText()).toInstant();
                                times.put(e.path("subject").asText(), t.getEpochSecond() * 1_000_000_000L + t.getNano() - offsetNanos);
                            }
                        } catch (Exception notAnEvent) {
                            // another producer's record: not ours
                        }
                    }
                }
            }, "event-times");
            reader.start();
        }

        /** The times of these participants' events, waiting up to {@code waitMs} for the last to arrive. */
        Map<String, Long> times(List<String> ids, long waitMs) throws InterruptedException {
            long deadline = System.currentTimeMillis() + waitMs;
            while (System.currentTimeMillis() < deadline && !ids.stream().allMatch(times::containsKey)) {
                Thread.sleep(50);
            }
            return times;
        }

        @Override
        public void close() throws InterruptedException {
            stop = true;
            reader.join(2_000);
            consumer.close();
        }
    }

    /**
     * Waits (at most 60 s) until the statistic reads {@code expected}, or, when that is unknown (-1), until it
     * reads the same number for a second; returns it, or -1 when it never did.
     */
    static long settled(HttpClient http, URI stat, String token, long expected) throws Exception {
        long deadline = System.nanoTime() + 60_000_000_000L;
        long last = -1;
        long since = System.nanoTime();
        while (System.nanoTime() < deadline) {
            long value = count(http, stat, token);
            if (expected >= 0 && value >= expected) {
                return value;
            }
            if (value != last) {
                last = value;
                since = System.nanoTime();
            } else if (expected < 0 && value >= 0 && System.nanoTime() - since > 1_000_000_000L) {
                return value;
            }
            Thread.sleep(50);
        }
        return -1;
    }

    /** Enrolments over HTTP on an open-loop schedule: a slow answer does not slow the load. */
    static final class Enrolments {
        final HttpClient http;
        final long periodNanos;
        final String url = env("PARTICIPANT_URL") + "/api/participants";
        final String officer = env("OFFICER_TOKEN");
        final Personnummer numbers = new Personnummer();
        final ScheduledExecutorService timer = Executors.newScheduledThreadPool(2);

        Enrolments(HttpClient http, int rate) {
            this.http = http;
            this.periodNanos = 1_000_000_000L / rate;
        }

        /** One run: each 201's participant id and answer time (same index), refusals, and when all answered. */
        static final class Run {
            final List<String> ids = new ArrayList<>();
            final List<Long> answers = new ArrayList<>();
            final AtomicInteger failed = new AtomicInteger();
            final CountDownLatch done;
            final long startedAt = System.nanoTime();

            Run(int n) {
                done = new CountDownLatch(n);
            }

            synchronized void committed(String id, long at) {
                ids.add(id);
                answers.add(at);
            }

            /** Committed enrolments per second from the start to the last answer. */
            synchronized double rate() {
                return answers.isEmpty() ? 0 : answers.size() / ((Collections.max(answers) - startedAt) / 1e9);
            }
        }

        Run start(int n) {
            Run run = new Run(n);
            AtomicInteger started = new AtomicInteger();
            timer.scheduleAtFixedRate(() -> {
                if (started.getAndIncrement() >= n) {
                    return;
                }
                String body = "{\"personnummer\":\"" + numbers.next() + "\",\"attributes\":{\"firstName\":\"Bench\","
                        + "\"lastName\":\"Mätning\",\"educationLevel\":\"gymnasial\",\"referralSource\":\"annan\"}}";
                HttpRequest req = HttpRequest.newBuilder(URI.create(url))
                        .header("Authorization", "Bearer " + officer).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
                http.sendAsync(req, HttpResponse.BodyHandlers.ofString()).whenComplete((r, e) -> {
                    long at = System.nanoTime(); // the transaction committed before the answer
                    String id = e == null && r.statusCode() == 201 ? participantId(r.body()) : null;
                    if (id != null) {
                        run.committed(id, at);
                    } else {
                        run.failed.incrementAndGet();
                    }
                    run.done.countDown();
                });
            }, 0, periodNanos, TimeUnit.NANOSECONDS);
            return run;
        }

        static String participantId(String body) {
            try {
                return JSON.readTree(body).path("participantId").asText(null);
            } catch (Exception e) {
                return null;
            }
        }

        void stop() {
            timer.shutdownNow();
        }
    }

    /** The statistic's total for everyone, or -1 while it is suppressed (1–4: null in the JSON table). */
    static long count(HttpClient http, URI uri, String token) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token)
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(uri + " answered " + r.statusCode() + ": " + r.body());
        }
        return total(JSON.readTree(r.body()));
    }

    /**
     * The sum of every row's T (all genders) cell of reporting's JSON table ({@code rows: [{period, K, M, T}]});
     * -1 when a T cell is suppressed (null) or missing, so a suppressed figure is never read as 0.
     */
    static long total(JsonNode table) {
        JsonNode rows = table.path("rows");
        if (!rows.isArray() || rows.isEmpty()) {
            throw new IllegalStateException("not a statistics table: " + table);
        }
        long sum = 0;
        for (JsonNode row : rows) {
            JsonNode t = row.path("T");
            if (!t.isNumber()) {
                return -1;
            }
            sum += t.asLong();
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
