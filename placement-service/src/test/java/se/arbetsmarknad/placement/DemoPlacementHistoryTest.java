package se.arbetsmarknad.placement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import se.arbetsmarknad.placement.demo.DemoData;
import se.arbetsmarknad.placement.demo.DemoPlacementHistory;
import se.arbetsmarknad.platform.events.Topics;
import se.arbetsmarknad.platform.testing.TopicProbe;

/**
 * The demo's placement history through the match service with the days of the time, once the cohorts
 * participant-service's demo enrols have arrived: Malmö's Tabell 1 (524 employed on 2020-09-28, per
 * förvaltning) and the 603 summer jobs of 2022 (447 municipal, 117 non-profit, 39 private).
 */
@QuarkusTest
class DemoPlacementHistoryTest {

    @Inject
    DemoData demo;
    @Inject
    DemoPlacementHistory history;
    @Inject
    EntityManager em;

    static void cohort(int count, String unit, String interest, int birthYear) {
        for (int i = 0; i < count; i++) {
            UUID id = UUID.randomUUID();
            Map<String, Object> d = new HashMap<>(Participants.enrolled(id, unit));
            d.put("occupationInterests", List.of(interest));
            d.put("birthYear", birthYear);
            d.put("ageBand", birthYear > 2000 ? "17-19" : "30-54");
            d.put("gender", i % 2 == 0 ? "K" : "M");
            Participants.send("participant.enrolled", id, d);
        }
    }

    long count(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
    }

    @Test
    void theHistoryIsMatchedOnceTheCohortsHaveArrived() {
        QuarkusTransaction.requiringNew().run(demo::load);
        assertThat(history.loadWhenReady()).as("no cohorts yet").isFalse();
        cohort(524, "arbete-forsorjning", "9622", 1985);
        cohort(603, "unga-18-24", "9629", 2004);
        Awaitility.await().atMost(Duration.ofMinutes(3)).until(() -> count(
                "select count(*) from participant_profile where occupation_interests like '%962%'") >= 1127);
        assertThat(history.loadWhenReady()).isTrue();

        // Tabell 1's last column: employed on 2020-09-28 per förvaltning, 524 in all.
        Map<String, Long> employed = new HashMap<>();
        QuarkusTransaction.requiringNew().run(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("""
                    select o.code, count(*) from match_proposal m join placement p on p.id = m.placement_id
                    join organisation o on o.id = p.organisation_id
                    where p.kind <> 'feriepraktik' and m.start_date <= date '2020-09-28'
                      and coalesce(m.ended_on, m.end_date) >= date '2020-09-28' group by o.code""").getResultList();
            rows.forEach(r -> employed.put((String) r[0], ((Number) r[1]).longValue()));
        });
        assertThat(employed).containsEntry("asf-interna-arbetslag-ama", 234L).containsEntry("grundskoleforvaltningen", 31L)
                .containsEntry("serviceforvaltningen", 57L).doesNotContainKey("stadsrevisionen");
        assertThat(employed.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(524);

        // The summer of 2022: 603 youths, by sector as in Lund's report; the places are closed afterwards.
        Map<String, Long> bySector = new HashMap<>();
        QuarkusTransaction.requiringNew().run(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("""
                    select o.kind, count(*) from match_proposal m join placement p on p.id = m.placement_id
                    join organisation o on o.id = p.organisation_id
                    where p.kind = 'feriepraktik' and m.start_date = date '2022-06-13' and m.status = 'ended'
                    group by o.kind""").getResultList();
            rows.forEach(r -> bySector.put((String) r[0], ((Number) r[1]).longValue()));
        });
        assertThat(bySector).containsEntry("forvaltning", 447L).containsEntry("ideell", 117L).containsEntry("privat", 39L);
        assertThat(count("select count(*) from placement where title = 'Feriepraktik sommaren 2022' and status <> 'closed'"))
                .isZero();

        var accepted = TopicProbe.readUntil(Topics.MATCH, all -> all.stream().anyMatch(r -> r.type().equals("match.accepted")
                && r.data().path("startDate").asText().equals("2022-06-13")));
        var one = accepted.stream().filter(r -> r.type().equals("match.accepted")
                && r.data().path("startDate").asText().equals("2022-06-13")).findFirst().orElseThrow();
        TopicProbe.assertConforms(one);
        assertThat(one.data().path("on").asText()).isEqualTo("2022-05-16");

        // Once is enough: a second run finds the history there.
        long matches = count("select count(*) from match_proposal");
        assertThat(history.loadWhenReady()).isTrue();
        assertThat(count("select count(*) from match_proposal")).isEqualTo(matches);
    }
}
