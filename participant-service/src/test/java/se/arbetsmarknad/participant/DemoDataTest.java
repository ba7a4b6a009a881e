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
        assertThat(demo.load(40)).isEqualTo(40);
        assertThat(count("select count(*) from participant")).isEqualTo(participants + 40);
        assertThat(count("select count(distinct e.unit) from enrolment e where e.officer in"
                + " ('anna.handlaggare', 'lisa.handlaggare', 'erik.handlaggare', 'omar.handlaggare')")).isEqualTo(2);
        assertThat(count("select count(*) from intervention where created_by in ('lisa.handlaggare', 'omar.handlaggare',"
                + " 'anna.handlaggare', 'erik.handlaggare')")).isPositive();
        assertThat(count("select count(*) from outbox_event where event_type = 'participant.enrolled'"))
                .isGreaterThanOrEqualTo(enrolledEvents + 40);
        // A second start loads nothing new.
        assertThat(demo.load(40)).isZero();
        assertThat(count("select count(*) from participant")).isEqualTo(participants + 40);
    }

    long count(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
    }
}
