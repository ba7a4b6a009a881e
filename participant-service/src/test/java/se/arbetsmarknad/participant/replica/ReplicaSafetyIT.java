package se.arbetsmarknad.participant.replica;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.TopicPartition;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import se.arbetsmarknad.participant.common.Personnummer;
import se.arbetsmarknad.platform.events.Topics;
import se.arbetsmarknad.platform.testing.KafkaTestResource;
import se.arbetsmarknad.platform.testing.PostgresTestResource;
import se.arbetsmarknad.platform.testing.ServiceProcess;
import se.arbetsmarknad.platform.testing.TestTokens;
import se.arbetsmarknad.platform.testing.TopicProbe;

/**
 * Two instances of the packaged participant-service against one database and one broker, as two
 * replicas on Kubernetes: the outbox publishes each event once and in order per participant although
 * both write, the match consumer's partitions are shared in one consumer group, and the scheduled
 * retention job claims its daily slot once.
 */
class ReplicaSafetyIT {

    static final java.time.ZoneId STOCKHOLM = java.time.ZoneId.of("Europe/Stockholm");
    static final String OFFICER = TestTokens.caseOfficer("anna.handlaggare", "unga-18-24");
    static ServiceProcess a;
    static ServiceProcess b;

    @BeforeAll
    static void startTwoReplicas() throws Exception {
        // The consumed topic exists with several partitions before the consumers join.
        try (Admin admin = admin()) {
            Set<String> existing = admin.listTopics().names().get();
            if (!existing.contains(Topics.MATCH)) {
                admin.createTopics(List.of(new NewTopic(Topics.MATCH, 4, (short) 1))).all().get();
            }
        }
        Map<String, String> env = Map.of(
                // the daily retention job fires every two seconds in both replicas
                "PARTICIPANT_RETENTION_CRON", "*/2 * * * * ?");
        a = ServiceProcess.start(Path.of("."), "replica-a", env);
        b = ServiceProcess.start(Path.of("."), "replica-b", env);
    }

    @AfterAll
    static void stop() {
        if (a != null) {
            a.close();
        }
        if (b != null) {
            b.close();
        }
    }

    @Test
    void eachEventIsPublishedOnceAndInOrderPerParticipantWhileBothReplicasWrite() {
        int participants = 12;
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < participants; i++) {
            // Each step of one participant goes to the other replica than the step before.
            ServiceProcess first = i % 2 == 0 ? a : b;
            ServiceProcess second = first == a ? b : a;
            String id = given().baseUri(first.baseUrl()).auth().oauth2(OFFICER).contentType(ContentType.JSON)
                    .body(Map.of("personnummer", personnummer(i), "enrolledOn", LocalDate.now(STOCKHOLM).minusDays(30).toString(),
                            "attributes", Map.of("gender", i % 2 == 0 ? "K" : "M")))
                    .post("/api/participants").then().statusCode(201).extract().path("participantId");
            ids.add(id);
            given().baseUri(second.baseUrl()).auth().oauth2(OFFICER).contentType(ContentType.JSON)
                    .body(Map.of("on", LocalDate.now(STOCKHOLM).minusDays(20).toString()))
                    .post("/api/participants/" + id + "/pause").then().statusCode(200);
            given().baseUri(first.baseUrl()).auth().oauth2(OFFICER).contentType(ContentType.JSON)
                    .body(Map.of("on", LocalDate.now(STOCKHOLM).minusDays(10).toString()))
                    .post("/api/participants/" + id + "/resume").then().statusCode(200);
            given().baseUri(second.baseUrl()).auth().oauth2(OFFICER).contentType(ContentType.JSON)
                    .body(Map.of("on", LocalDate.now(STOCKHOLM).toString(), "reason", "arbete"))
                    .post("/api/participants/" + id + "/exit").then().statusCode(200);
        }

        List<TopicProbe.Received> records = TopicProbe.readUntil(Topics.PARTICIPANT, all -> ids.stream().allMatch(
                id -> all.stream().anyMatch(r -> r.subject().equals(id) && r.type().equals("participant.exited"))));
        Map<String, List<String>> typesPerParticipant = new LinkedHashMap<>();
        Set<String> eventIds = new HashSet<>();
        for (TopicProbe.Received r : records) {
            if (!ids.contains(r.subject())) {
                continue;
            }
            assertThat(eventIds.add(r.event().path("id").asText())).as("event published once: " + r.event()).isTrue();
            TopicProbe.assertConforms(r);
            typesPerParticipant.computeIfAbsent(r.subject(), k -> new ArrayList<>()).add(r.type());
        }
        assertThat(typesPerParticipant).hasSize(participants);
        typesPerParticipant.forEach((id, types) -> assertThat(types).as("events of " + id)
                .containsExactly("participant.enrolled", "participant.paused", "participant.resumed", "participant.exited"));
    }

    @Test
    void bothReplicasConsumeInOneGroupAndShareThePartitions() throws Exception {
        try (Admin admin = admin()) {
            Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> group(admin).members().size() == 2
                    && group(admin).members().stream().allMatch(m -> !m.assignment().topicPartitions().isEmpty()));
            ConsumerGroupDescription group = group(admin);
            Set<TopicPartition> assigned = new HashSet<>();
            for (MemberDescription member : group.members()) {
                for (TopicPartition tp : member.assignment().topicPartitions()) {
                    assertThat(assigned.add(tp)).as(tp + " assigned to one member only").isTrue();
                }
            }
            assertThat(assigned).extracting(TopicPartition::topic).containsOnly(Topics.MATCH);
            assertThat(assigned).hasSize(4);
        }
    }

    @Test
    void theScheduledRetentionJobRunsOncePerSlotAlthoughBothReplicasFireIt() throws Exception {
        // The service keys the slot on the municipality's day (Europe/Stockholm), not the JVM's zone; the run
        // may straddle midnight there, so the slot is the day before the wait or the one after it.
        LocalDate before = LocalDate.now(STOCKHOLM);
        // Both replicas fire the job every two seconds; give them several chances.
        Thread.sleep(7_000);
        LocalDate after = LocalDate.now(STOCKHOLM);
        try (Connection c = DriverManager.getConnection(PostgresTestResource.jdbcUrl(), "postgres", "postgres");
                ResultSet rs = c.createStatement().executeQuery(
                        "select slot, count(*), min(instance) from job_run where job = 'participant-retention' group by slot")) {
            Map<String, Integer> runsPerSlot = new HashMap<>();
            while (rs.next()) {
                runsPerSlot.put(rs.getString(1), rs.getInt(2));
            }
            assertThat(runsPerSlot.keySet()).containsAnyOf(before.toString(), after.toString());
            assertThat(runsPerSlot.values()).containsOnly(1);
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    static ConsumerGroupDescription group(Admin admin) throws Exception {
        return admin.describeConsumerGroups(List.of("participant-service")).all().get().get("participant-service");
    }

    static Admin admin() {
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTestResource.bootstrapServers());
        return Admin.create(p);
    }

    /** A valid personnummer (Luhn check digit) born 1990-01-01 with serial {@code 100 + n}. */
    static String personnummer(int n) {
        return "19900101-" + (100 + n) + Personnummer.luhn("900101" + (100 + n));
    }
}
