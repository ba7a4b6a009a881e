package se.arbetsmarknad.participant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import se.arbetsmarknad.participant.demo.DemoCohortExits;
import se.arbetsmarknad.participant.demo.DemoData;
import se.arbetsmarknad.platform.testing.TopicProbe;

/**
 * The demo loader writes the history through the services (events included), in batches that a later
 * start continues, and never twice. The history's figures themselves are checked in DemoHistoryTest.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DemoDataTest {

    static final int FIRST = 700;
    static final int MORE = 150;

    @Inject
    DemoData demo;
    @Inject
    EntityManager em;
    @Inject
    DemoCohortExits exits;

    @Test
    @Order(1)
    void loadsTheHistoryInBatchesAndContinuesWhereItStopped() {
        long participants = count("select count(*) from participant");
        long enrolledEvents = count("select count(*) from outbox_event where event_type = 'participant.enrolled'");
        assertThat(demo.load(FIRST)).isEqualTo(FIRST);
        assertThat(count("select count(*) from participant")).isEqualTo(participants + FIRST);
        assertThat(count("select count(*) from outbox_event where event_type = 'participant.enrolled'"))
                .isGreaterThanOrEqualTo(enrolledEvents + FIRST);
        assertThat(count("select count(distinct e.unit) from enrolment e where e.officer in"
                + " ('anna.handlaggare', 'lisa.handlaggare', 'erik.handlaggare', 'omar.handlaggare')")).isEqualTo(2);
        // The history begins in 2019, with the adults Malmö's förvaltningar employ in 2020 among them.
        assertThat(count("select count(*) from enrolment where enrolled_on < date '2019-10-01'"
                + " and officer like '%.handlaggare'")).isGreaterThan(500);
        assertThat(count("select count(*) from participant where '9622' = any(occupation_interests)")).isEqualTo(524);
        assertThat(count("select count(*) from intervention where started_on < date '2020-01-01'")).isPositive();
        assertThat(count("select count(*) from enrolment where status = 'EXITED' and exited_on < date '2020-01-01'"))
                .isPositive();
        assertThat(count("select count(distinct gender) from participant")).isEqualTo(2);

        // The same limit again writes nothing; a higher one continues after the stories already written.
        assertThat(demo.load(FIRST)).isZero();
        assertThat(demo.load(FIRST + MORE)).isEqualTo(MORE);
        assertThat(count("select count(*) from participant")).isEqualTo(participants + FIRST + MORE);
    }

    /**
     * A city-employment cohort participant's placement (from placement-service's demo: match.accepted, then
     * match.ended a year later) ends; the demo closes the case two weeks after, and only then.
     */
    @Test
    @Order(2)
    void aCohortCaseClosesTwoWeeksAfterItsPlacementEnded() {
        String participant = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                select cast(p.id as text) from participant p join enrolment e on e.participant_id = p.id
                where '9622' = any(p.occupation_interests) and e.status = 'ACTIVE'
                and not exists (select 1 from intervention i where i.participant_id = p.id)
                order by p.id limit 1""").getSingleResult().toString());
        // With skyddad identitet and another officer than the unit's first: only that officer may close the case.
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("update participant set protected_identity = true where id = cast(:id as uuid)")
                    .setParameter("id", participant).executeUpdate();
            em.createNativeQuery("update enrolment set officer = 'sara.handlaggare' where participant_id = cast(:id as uuid)")
                    .setParameter("id", participant).executeUpdate();
        });
        String match = UUID.randomUUID().toString();
        Map<String, Object> accepted = new HashMap<>(Map.of("matchId", match, "placementId", UUID.randomUUID().toString(),
                "organisationId", UUID.randomUUID().toString(), "participantId", participant, "unit", "arbete-forsorjning",
                "kind", "extratjanst", "on", "2019-10-01", "startDate", "2019-10-01", "endDate", "2020-09-30"));
        TopicProbe.send("match.events.v1", TopicProbe.envelope("match.accepted", match, accepted));
        TopicProbe.await("participant.events.v1", "participant.intervention-started", participant, 1);
        assertThat(exits.closeEnded()).as("running placement: nothing to close").isZero();

        Map<String, Object> ended = new HashMap<>(accepted);
        ended.put("on", "2020-09-30");
        ended.put("endedOn", "2020-09-30");
        TopicProbe.send("match.events.v1", TopicProbe.envelope("match.ended", match, ended));
        TopicProbe.await("participant.events.v1", "participant.intervention-ended", participant, 1);
        assertThat(exits.closeEnded()).isGreaterThanOrEqualTo(1);
        var exited = TopicProbe.await("participant.events.v1", "participant.exited", participant, 1).get(0);
        TopicProbe.assertConforms(exited);
        assertThat(exited.data().path("exitedOn").asText()).isEqualTo("2020-10-14");
        assertThat(count("select count(*) from enrolment where participant_id = '" + participant
                + "' and status = 'EXITED'")).isEqualTo(1);
        assertThat(exits.closeEnded()).as("closed once").isZero();
    }

    long count(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
    }
}
