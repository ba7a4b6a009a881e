package se.arbetsmarknad.participant;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import se.arbetsmarknad.participant.demo.DemoData;

/** The demo loader writes through the services (events included) and loads its set once. */
@QuarkusTest
class DemoDataTest {

    @Inject
    DemoData demo;
    @Inject
    EntityManager em;

    @Test
    void loadsOnlyIntoAnEmptyRegisterAndOnlyOnce() {
        long participants = count("select count(*) from participant");
        long enrolledEvents = count("select count(*) from outbox_event where event_type = 'participant.enrolled'");
        assertThat(demo.load(DemoData.PARTICIPANTS)).isEqualTo(DemoData.PARTICIPANTS);
        assertThat(count("select count(*) from participant")).isEqualTo(participants + DemoData.PARTICIPANTS);
        assertThat(count("select count(distinct e.unit) from enrolment e where e.officer in"
                + " ('anna.handlaggare', 'lisa.handlaggare', 'erik.handlaggare', 'omar.handlaggare')")).isEqualTo(2);
        assertThat(count("select count(*) from intervention where created_by in ('lisa.handlaggare', 'omar.handlaggare',"
                + " 'anna.handlaggare', 'erik.handlaggare')")).isPositive();
        assertThat(count("select count(*) from outbox_event where event_type = 'participant.enrolled'"))
                .isGreaterThanOrEqualTo(enrolledEvents + DemoData.PARTICIPANTS);
        // Realistic spread: both genders, exits, protected identities, several kinds of supported employment.
        assertThat(count("select count(distinct gender) from participant")).isEqualTo(2);
        assertThat(count("select count(*) from enrolment where officer like '%.handlaggare' and status = 'EXITED'")).isPositive();
        assertThat(count("select count(*) from participant where protected_identity")).isPositive();
        assertThat(count("select count(distinct i.kind) from intervention i join intervention_kind k on k.code = i.kind"
                + " where k.category = 'anstallning-med-stod'")).isGreaterThanOrEqualTo(4);
        assertThat(count("select count(*) from project_membership where project_code like 'iris-%'")).isPositive();
        // A second start loads nothing new.
        assertThat(demo.load(DemoData.PARTICIPANTS)).isZero();
        assertThat(count("select count(*) from participant")).isEqualTo(participants + DemoData.PARTICIPANTS);
    }

    long count(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
    }
}
