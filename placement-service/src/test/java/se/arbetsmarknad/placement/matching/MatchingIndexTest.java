package se.arbetsmarknad.placement.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import jakarta.inject.Inject;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.persistence.EntityManager;
import se.arbetsmarknad.placement.Fixtures;

/**
 * The matching index follows every commit, also those of another instance: a change written straight to
 * the database (as another replica would) reaches it through the change notifications.
 */
@QuarkusTest
class MatchingIndexTest {

    @Inject
    MatchingIndex index;
    @Inject
    EntityManager em;

    static void await(java.util.concurrent.Callable<Boolean> until) {
        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(20)).until(until);
    }

    @Test
    void aPlacementChangedByAnotherInstanceIsSeen() {
        UUID id = Fixtures.openPlacement(Fixtures.org("privat").id(), "praktik", "9111", 3);
        assertThat(index.placement(id)).get().extracting(p -> p.seats).isEqualTo(3); // the writer's own change: at once
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update placement set seats_filled = 2, version = version + 1 where id = :id").setParameter("id", id).executeUpdate());
        await(() -> index.placement(id).map(p -> p.seatsFilled == 2).orElse(false));
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update placement set status = 'closed', version = version + 1 where id = :id").setParameter("id", id).executeUpdate());
        await(() -> index.placement(id).isEmpty());
    }

    @Test
    void aLateOlderStateNeverReplacesANewerOne() {
        UUID id = Fixtures.openPlacement(Fixtures.org("privat").id(), "praktik", "9111", 3);
        PlacementFacts now = index.placement(id).orElseThrow();
        PlacementFacts older = new PlacementFacts(now.id, now.organisationId, now.kind, "older", now.ssyk, now.municipality,
                now.place, now.seats, now.seatsFilled, now.status, now.periodStart, now.periodEnd, now.swedishLevel,
                now.drivingLicence, now.ageMin, now.ageMax, now.educationLevel, now.version - 1);
        index.apply(older);
        assertThat(index.placement(id)).get().extracting(p -> p.title).isEqualTo(now.title);
    }

    @Test
    void participantsWrittenElsewhereAppearAndLeave() {
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                insert into participant_profile (participant_id, unit, status, occupation_interests, driving_licence,
                    single_parent, children_in_household, updated_at)
                values (:id, 'unga-18-24', 'active', '833', true, false, false, now())""").setParameter("id", id).executeUpdate());
        await(() -> index.participant(id).isPresent());
        assertThat(index.participant(id).orElseThrow().interests).containsExactly("833");
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update participant_profile set status = 'paused' where participant_id = :id")
                .setParameter("id", id).executeUpdate());
        await(() -> index.participant(id).isEmpty());
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update participant_profile set status = 'active' where participant_id = :id")
                .setParameter("id", id).executeUpdate());
        await(() -> index.participant(id).isPresent());
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("delete from participant_profile where participant_id = :id")
                .setParameter("id", id).executeUpdate());
        await(() -> index.participant(id).isEmpty());
    }
}
