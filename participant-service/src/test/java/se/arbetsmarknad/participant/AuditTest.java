package se.arbetsmarknad.participant;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static se.arbetsmarknad.participant.Fixtures.ADMIN;
import static se.arbetsmarknad.participant.Fixtures.ANNA;
import static se.arbetsmarknad.participant.Fixtures.ANNA_COLLEAGUE;
import static se.arbetsmarknad.participant.Fixtures.MANAGER;
import static se.arbetsmarknad.participant.Fixtures.enrolNew;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class AuditTest {

    @Inject
    EntityManager em;

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
