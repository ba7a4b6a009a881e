package se.arbetsmarknad.participant;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static se.arbetsmarknad.participant.Fixtures.ADMIN;
import static se.arbetsmarknad.participant.Fixtures.ANNA;
import static se.arbetsmarknad.participant.Fixtures.ANNA_COLLEAGUE;
import static se.arbetsmarknad.participant.Fixtures.MANAGER;
import static se.arbetsmarknad.participant.Fixtures.enrolNew;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import se.arbetsmarknad.participant.audit.AuditLog;
import se.arbetsmarknad.participant.audit.AuditSealer;
import se.arbetsmarknad.participant.common.Actor;

@QuarkusTest
class AuditTest {

    @Inject
    EntityManager em;
    @Inject
    AuditLog audit;
    @Inject
    AuditSealer sealer;

    @Test
    void aReadIsLoggedWithWhoWhatAndWhichRequest() {
        String id = enrolNew(ANNA);
        given().auth().oauth2(ANNA_COLLEAGUE).header("X-Request-Id", "req-audit-1").get("/api/participants/" + id)
                .then().statusCode(200);
        given().auth().oauth2(ADMIN).queryParam("participantId", id).get("/api/admin/audit").then().statusCode(200)
                .header("X-Total-Count", "2")
                .body("items[0].action", equalTo("read"))
                .body("items[0].username", equalTo("olle.handlaggare"))
                .body("items[0].requestMethod", equalTo("GET"))
                .body("items[0].requestPath", equalTo("/api/participants/" + id))
                .body("items[0].requestId", equalTo("req-audit-1"))
                .body("items[1].action", equalTo("enrolled"));
        given().auth().oauth2(ADMIN).queryParam("username", "olle.handlaggare").get("/api/admin/audit").then().statusCode(200)
                .body("items.participantId", hasItem(id));
        given().auth().oauth2(ANNA).get("/api/admin/audit").then().statusCode(403);
        given().auth().oauth2(MANAGER).get("/api/admin/audit/verify").then().statusCode(403);
        given().get("/api/admin/audit").then().statusCode(401);
    }

    @Test
    void theTableRefusesUpdatesAndATamperedRowIsDetected() {
        String id = enrolNew(ANNA);
        given().auth().oauth2(ADMIN).get("/api/admin/audit/verify").then().statusCode(200).body("intact", equalTo(true));
        long row = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select id from audit_log where participant_id = cast(:id as uuid)").setParameter("id", id)
                .getSingleResult()).longValue());

        // The trigger refuses UPDATE and DELETE for everybody, the service's own role included.
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update audit_log set username = 'mallory' where id = " + row).executeUpdate()))
                .hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "delete from audit_log where id = " + row).executeUpdate()))
                .hasStackTraceContaining("append-only");

        // A database superuser can switch the trigger off; the hash chain still shows the change.
        String original = tamper(row, "mallory");
        try {
            given().auth().oauth2(ADMIN).get("/api/admin/audit/verify").then().statusCode(200)
                    .body("intact", equalTo(false)).body("firstBrokenId", equalTo((int) row));
        } finally {
            tamper(row, original);
        }
        given().auth().oauth2(ADMIN).get("/api/admin/audit/verify").then().statusCode(200).body("intact", equalTo(true));
        assertThat(original).isEqualTo("anna.handlaggare");
    }

    @Test
    void aDeletedRowIsDetectedWithOrWithoutItsSealEntry() {
        String id = enrolNew(ANNA);
        given().auth().oauth2(ADMIN).get("/api/admin/audit/verify").then().statusCode(200).body("intact", equalTo(true));
        long row = auditRowOf(id);
        Object[] saved = QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery(
                "select a.*, r.block_no, r.position, r.row_hash from audit_log a join audit_block_row r on r.audit_id = a.id where a.id = "
                        + row).getSingleResult());
        try {
            // The row alone (a superuser can switch off triggers and foreign keys): named as missing.
            asSuperuser("delete from audit_log where id = " + row);
            given().auth().oauth2(ADMIN).get("/api/admin/audit/verify").then().statusCode(200)
                    .body("intact", equalTo(false)).body("firstBrokenId", equalTo((int) row))
                    .body("reason", containsString("missing"));
            // The row and its entry in the block: the block's digest no longer holds.
            asSuperuser("delete from audit_block_row where audit_id = " + row);
            given().auth().oauth2(ADMIN).get("/api/admin/audit/verify").then().statusCode(200)
                    .body("intact", equalTo(false)).body("reason", containsString("removed"));
        } finally {
            restore(saved);
        }
        given().auth().oauth2(ADMIN).get("/api/admin/audit/verify").then().statusCode(200).body("intact", equalTo(true));
    }

    @Test
    void reorderedRowsAreDetected() {
        String id = enrolNew(ANNA);
        given().auth().oauth2(ANNA).get("/api/participants/" + id).then().statusCode(200);
        given().auth().oauth2(ADMIN).get("/api/admin/audit/verify").then().statusCode(200).body("intact", equalTo(true));
        List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                select r.audit_id, r.block_no, r.position from audit_block_row r join audit_log a on a.id = r.audit_id
                 where a.participant_id = cast(:id as uuid) order by r.block_no, r.position""").setParameter("id", id).getResultList());
        assertThat(rows).hasSize(2);
        Object[] first = rows.get(0);
        Object[] second = rows.get(1);
        if (!first[1].equals(second[1])) {
            return; // sealed in two blocks: their order is fixed by the chain itself (covered by the block test)
        }
        // Swap the two rows' places in their block: each row still matches its own hash, the block does not.
        asSuperuser("update audit_block_row set position = -1 where audit_id = " + first[0],
                "update audit_block_row set position = %s where audit_id = %s".formatted(first[2], second[0]),
                "update audit_block_row set position = %s where audit_id = %s".formatted(second[2], first[0]));
        try {
            given().auth().oauth2(ADMIN).get("/api/admin/audit/verify").then().statusCode(200)
                    .body("intact", equalTo(false)).body("reason", containsString("reordered"));
        } finally {
            asSuperuser("update audit_block_row set position = -1 where audit_id = " + second[0],
                    "update audit_block_row set position = %s where audit_id = %s".formatted(first[2], first[0]),
                    "update audit_block_row set position = %s where audit_id = %s".formatted(second[2], second[0]));
        }
        given().auth().oauth2(ADMIN).get("/api/admin/audit/verify").then().statusCode(200).body("intact", equalTo(true));
    }

    @Test
    void theAnchoredHeadShowsARewrittenOrTruncatedChain() {
        enrolNew(ANNA);
        Map<String, Object> head = given().auth().oauth2(ADMIN).post("/api/admin/audit/seal").then().statusCode(200)
                .extract().path("");
        String anchor = head.get("blockNo") + ":" + head.get("hash");
        given().auth().oauth2(ADMIN).queryParam("anchor", anchor).get("/api/admin/audit/verify").then().statusCode(200)
                .body("intact", equalTo(true)).body("anchorMatches", equalTo(true));
        // The same block number with another hash (a chain rebuilt from a tampered row on) does not match.
        String forged = head.get("blockNo") + ":" + "ab".repeat(32);
        given().auth().oauth2(ADMIN).queryParam("anchor", forged).get("/api/admin/audit/verify").then().statusCode(200)
                .body("intact", equalTo(false)).body("anchorMatches", equalTo(false));
        given().auth().oauth2(ADMIN).queryParam("anchor", "12").get("/api/admin/audit/verify").then().statusCode(400)
                .body("errors.field", hasItem("anchor"));
        given().auth().oauth2(ANNA).post("/api/admin/audit/seal").then().statusCode(403);
    }

    /**
     * Replicas: many writers and several sealers at once (as two replicas would run them) leave one unbroken
     * chain in which every row is sealed exactly once, and no writer waited for a lock.
     */
    @Test
    void concurrentWritersAndSealersLeaveOneChainWithEveryRowOnce() throws Exception {
        long before = count("select count(*) from audit_log");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                work.add(pool.submit(() -> {
                    for (int i = 0; i < 30; i++) {
                        QuarkusTransaction.requiringNew().run(() -> audit.record(Actor.system("audit-test"), "test-write", null, null));
                    }
                }));
            }
            for (int s = 0; s < 2; s++) {
                work.add(pool.submit(() -> {
                    for (int i = 0; i < 30; i++) {
                        sealer.sealOnce();
                    }
                }));
            }
            for (Future<?> f : work) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        sealer.sealPending();
        assertThat(count("select count(*) from audit_log")).isEqualTo(before + 120);
        assertThat(count("select count(*) from audit_log a where not exists (select 1 from audit_block_row r where r.audit_id = a.id)"))
                .isZero();
        assertThat(count("select count(*) from audit_block_row")).isEqualTo(count("select count(*) from audit_log"));
        assertThat(count("select max(block_no) - count(*) from audit_block")).isZero();
        given().auth().oauth2(ADMIN).get("/api/admin/audit/verify").then().statusCode(200).body("intact", equalTo(true))
                .body("unsealedRows", equalTo(0));
    }

    long auditRowOf(String participantId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select min(id) from audit_log where participant_id = cast(:id as uuid)").setParameter("id", participantId)
                .getSingleResult()).longValue());
    }

    long count(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
    }

    /** As an attacker with database superuser rights: triggers and foreign keys off for these statements. */
    void asSuperuser(String... statements) {
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("set local session_replication_role = replica").executeUpdate();
            for (String sql : statements) {
                em.createNativeQuery(sql).executeUpdate();
            }
        });
    }

    /** Puts back a row deleted by {@link #aDeletedRowIsDetectedWithOrWithoutItsSealEntry} (columns as selected there). */
    void restore(Object[] r) {
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("set local session_replication_role = replica").executeUpdate();
            em.createNativeQuery("""
                    insert into audit_log (id, occurred_at, username, action, participant_id, detail, request_method, request_path,
                        request_id, client_address, tx) select :id, :at, :u, :a, :p, :d, :m, :path, :rid, :c, :tx
                     where not exists (select 1 from audit_log where id = :id)""")
                    .setParameter("id", r[0]).setParameter("at", r[1]).setParameter("u", r[2]).setParameter("a", r[3])
                    .setParameter("p", r[4]).setParameter("d", r[5]).setParameter("m", r[6]).setParameter("path", r[7])
                    .setParameter("rid", r[8]).setParameter("c", r[9]).setParameter("tx", r[10]).executeUpdate();
            em.createNativeQuery("""
                    insert into audit_block_row (audit_id, block_no, position, row_hash) select :id, :b, :pos, :h
                     where not exists (select 1 from audit_block_row where audit_id = :id)""")
                    .setParameter("id", r[0]).setParameter("b", r[11]).setParameter("pos", r[12]).setParameter("h", r[13])
                    .executeUpdate();
        });
    }

    /** Sets the row's user name with the trigger disabled (superuser in tests); answers the previous value. */
    String tamper(long row, String username) {
        return QuarkusTransaction.requiringNew().call(() -> {
            String before = (String) em.createNativeQuery("select username from audit_log where id = " + row).getSingleResult();
            em.createNativeQuery("alter table audit_log disable trigger audit_log_no_update_delete").executeUpdate();
            em.createNativeQuery("update audit_log set username = :u where id = " + row).setParameter("u", username).executeUpdate();
            em.createNativeQuery("alter table audit_log enable trigger audit_log_no_update_delete").executeUpdate();
            return before;
        });
    }
}
