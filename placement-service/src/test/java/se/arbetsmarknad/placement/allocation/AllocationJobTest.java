package se.arbetsmarknad.placement.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static se.arbetsmarknad.placement.Fixtures.as;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import se.arbetsmarknad.placement.Fixtures;
import se.arbetsmarknad.placement.Participants;
import se.arbetsmarknad.platform.testing.TestTokens;

/**
 * Allocations above the synchronous limit (6 candidate pairs in tests) run as background jobs: started,
 * followed, fetched, proposed once, visible only to their creator and admins, and finished by another
 * sweep when the replica running them stopped.
 */
@QuarkusTest
class AllocationJobTest {

    static final String ANNA = TestTokens.caseOfficer("anna", "unga-18-24");
    static final String ALI = TestTokens.caseOfficer("ali", "unga-18-24");

    @Inject
    EntityManager em;

    /** Three participants, each interested in exactly one of three one-seat placements. */
    Map<String, Object> batch() {
        Fixtures.Org org = Fixtures.org("forvaltning");
        List<UUID> placements = List.of(Fixtures.openPlacement(org.id(), "praktik", "5311", 1),
                Fixtures.openPlacement(org.id(), "praktik", "9111", 1), Fixtures.openPlacement(org.id(), "praktik", "4111", 1));
        List<UUID> participants = List.of(Participants.enrol("unga-18-24", Map.of("occupationInterests", List.of("5311"))),
                Participants.enrol("unga-18-24", Map.of("occupationInterests", List.of("9111"))),
                Participants.enrol("unga-18-24", Map.of("occupationInterests", List.of("4111"))));
        return Map.of("participantIds", participants, "placementIds", placements, "priorityRules", List.of("langvarigt-bistand"),
                "genderBalance", true);
    }

    @Test
    void aLargeBatchRunsAsAJobWhoseResultIsFetchedAndProposedOnce() {
        Map<String, Object> body = batch();
        String location = as(ANNA).body(body).post("/api/allocations").then().statusCode(202)
                .body("status", org.hamcrest.Matchers.oneOf("queued", "running", "done")).extract().header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);
        awaitDone(id);
        JsonPath result = as(ANNA).get("/api/allocations/jobs/" + id + "/result").then().statusCode(200).extract().jsonPath();
        assertThat(result.getInt("participantsConsidered")).isEqualTo(3);
        assertThat(result.getList("assignments")).hasSize(3);
        assertThat(result.getLong("totalScore")).isEqualTo(150); // each on their own interest
        assertThat(result.getList("assignments.matchId")).containsOnlyNulls();

        // someone else learns nothing; other roles are refused as for the synchronous endpoint
        as(ALI).get("/api/allocations/jobs/" + id).then().statusCode(404);
        as(ALI).get("/api/allocations/jobs/" + id + "/result").then().statusCode(404);
        as(ALI).post("/api/allocations/jobs/" + id + "/propose").then().statusCode(404);
        as(Fixtures.MANAGER).get("/api/allocations/jobs/" + id).then().statusCode(403);
        as(Fixtures.ADMIN).get("/api/allocations/jobs/" + id).then().statusCode(200).body("status", equalTo("done"));
        as(ANNA).get("/api/allocations/jobs/" + UUID.randomUUID()).then().statusCode(404);

        JsonPath proposed = as(ANNA).post("/api/allocations/jobs/" + id + "/propose").then().statusCode(200).extract().jsonPath();
        assertThat(proposed.getList("assignments.matchId", String.class)).hasSize(3).doesNotContainNull();
        as(ANNA).post("/api/allocations/jobs/" + id + "/propose").then().statusCode(409);
        as(ANNA).get("/api/allocations/jobs/" + id).then().body("proposedAt", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void aJobWhoseReplicaStoppedIsFinishedByAnother() {
        String id = as(ANNA).body(batch()).post("/api/allocations/jobs").then().statusCode(202).extract().path("id");
        awaitDone(id);
        String first = as(ANNA).get("/api/allocations/jobs/" + id + "/result").then().extract().asString();
        // as if the replica had died half-way: running, no result, its heartbeat long gone
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                update allocation_job set status = 'running', progress = 40, result = null, finished_at = null,
                instance = 'gone-1', heartbeat_at = now() - interval '1 hour' where id = :id""")
                .setParameter("id", UUID.fromString(id)).executeUpdate());
        as(ANNA).get("/api/allocations/jobs/" + id).then().body("status", equalTo("running")).body("progress", equalTo(40));
        awaitDone(id);
        Object[] row = QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery(
                "select attempt, instance from allocation_job where id = :id").setParameter("id", UUID.fromString(id)).getSingleResult());
        assertThat(((Number) row[0]).intValue()).isEqualTo(2);
        assertThat(row[1]).isNotEqualTo("gone-1");
        assertThat(as(ANNA).get("/api/allocations/jobs/" + id + "/result").then().extract().asString()).isEqualTo(first);
    }

    /**
     * A job stored by a replica that stopped before starting it is picked up by the sweep; when what it names
     * no longer exists (a participant erased meanwhile) it fails with the reason instead of hanging.
     */
    @Test
    void aQueuedOrphanIsPickedUpAndFailsWithItsReason() {
        UUID id = UUID.randomUUID();
        String request = "{\"participantIds\": [\"" + UUID.randomUUID() + "\"], \"asOf\": \"2026-01-05\"}";
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                insert into allocation_job (id, owner, unit, request, status, created_at)
                values (:id, 'anna', 'unga-18-24', cast(:request as jsonb), 'queued', now() - interval '1 minute')""")
                .setParameter("id", id).setParameter("request", request).executeUpdate());
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        JsonPath job;
        do {
            assertThat(System.nanoTime()).as("job %s never failed", id).isLessThan(deadline);
            job = as(ANNA).get("/api/allocations/jobs/" + id).then().statusCode(200).extract().jsonPath();
        } while (!"failed".equals(job.getString("status")));
        assertThat(job.getString("error")).contains("participant");
        assertThat(job.getString("result")).isNull();
        as(ANNA).get("/api/allocations/jobs/" + id + "/result").then().statusCode(409);
    }

    @Test
    void badInputIsRefusedBeforeAJobIsStored() {
        Map<String, Object> body = new java.util.HashMap<>(batch());
        body.put("propose", true);
        as(ANNA).body(body).post("/api/allocations/jobs").then().statusCode(400).body("errors.field", hasItem("propose"));
        body.put("propose", false);
        body.put("priorityRules", List.of("forst-till-kvarn"));
        as(ANNA).body(body).post("/api/allocations/jobs").then().statusCode(400).body("errors.field", hasItem("priorityRules"));
        UUID theirs = Participants.enrol("arbete-forsorjning", Map.of());
        as(ANNA).body(Map.of("participantIds", List.of(theirs))).post("/api/allocations/jobs").then().statusCode(404);
        as(Fixtures.org("privat").provider()).body(Map.of()).post("/api/allocations/jobs").then().statusCode(403);
    }

    private static void awaitDone(String id) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        int lastProgress = -1;
        while (true) {
            JsonPath job = as(ANNA).get("/api/allocations/jobs/" + id).then().statusCode(200).extract().jsonPath();
            assertThat(job.getString("status")).isNotEqualTo("failed");
            if ("done".equals(job.getString("status"))) {
                assertThat(job.getInt("progress")).isEqualTo(100);
                assertThat(job.getString("result")).isEqualTo("/api/allocations/jobs/" + id + "/result");
                return;
            }
            assertThat(job.getInt("progress")).isBetween(0, 100);
            lastProgress = job.getInt("progress");
            assertThat(System.nanoTime()).as("job %s still at %d %%", id, lastProgress).isLessThan(deadline);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
