package se.arbetsmarknad.participant.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import se.arbetsmarknad.platform.demo.DemoDataConfig;
import se.arbetsmarknad.participant.common.Actor;
import se.arbetsmarknad.participant.participant.ParticipantDtos.ExitRequest;
import se.arbetsmarknad.participant.participant.LifecycleService;
import se.arbetsmarknad.platform.jobs.ClusterLock;

/**
 * The second half of the demo cohorts' stories. Placement-service's demo matches the summer-job youths of
 * 2022 and the adults employed by the förvaltningar in 2020 to places; the placements reach this service
 * as interventions (match.accepted / match.ended). Once a cohort participant's placement has ended, their
 * case closes two weeks later, as a case officer would close it: the youths back to school ("annat"),
 * the adults mostly to work. Runs while the demo is on; cheap when there is nothing to close.
 */
@ApplicationScoped
public class DemoCohortExits {

    private static final Logger LOG = Logger.getLogger(DemoCohortExits.class);

    @Inject
    EntityManager em;
    @Inject
    LifecycleService lifecycle;
    @Inject
    ClusterLock lock;
    @Inject
    Clock clock;

    @Inject
    DemoDataConfig demoData;

    @Scheduled(every = "20s", delayed = "30s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        if (demoData.enabled()) {
            int closed = closeEnded();
            if (closed > 0) {
                LOG.infof("Demo data: %d cohort cases closed after their placements ended", closed);
            }
        }
    }

    /**
     * At most 200 cases per pass (every 20 s): a first start over years of demo history has a thousand or more
     * due, and closing them in one transaction sent as many exits to the other services at once.
     *
     * @return how many cohort cases this call closed
     */
    public int closeEnded() {
        Integer closed = lock.runExclusively("participant-service.demo-cohort-exits", () -> {
            LocalDate today = LocalDate.now(clock);
            @SuppressWarnings("unchecked")
            List<Object[]> due = em.createNativeQuery("""
                    select p.id, e.unit, max(i.ended_on), (:summer = any(p.occupation_interests)), e.officer
                    from participant p
                    join enrolment e on e.participant_id = p.id and e.status <> 'EXITED'
                    join intervention i on i.enrolment_id = e.id and i.match_id is not null
                    where (:summer = any(p.occupation_interests) or :city = any(p.occupation_interests))
                      and p.erased_at is null
                    group by p.id, e.unit, e.officer
                    having bool_and(i.ended_on is not null) and max(i.ended_on) <= :latest
                    order by p.id limit 200""")
                    .setParameter("summer", DemoHistory.SUMMER_JOB_INTEREST)
                    .setParameter("city", DemoHistory.CITY_EMPLOYMENT_INTEREST)
                    .setParameter("latest", today.minusDays(14)).getResultList();
            for (Object[] row : due) {
                UUID id = (UUID) row[0];
                String unit = (String) row[1];
                LocalDate ended = row[2] instanceof LocalDate d ? d : ((java.sql.Date) row[2]).toLocalDate();
                boolean summer = Boolean.TRUE.equals(row[3]);
                // The case's own officer closes it: with skyddad identitet only they may (Access.maySee), and
                // one refused exit rolled back the whole pass, every 20 s.
                String officer = (String) row[4]; // enrolment.officer is not null
                lifecycle.exit(Actor.officer(officer, unit), id,
                        new ExitRequest(ended.plusDays(14), summer ? "annat" : reason(id), null));
            }
            return due.size();
        });
        return closed == null ? 0 : closed;
    }

    /** After a year's employment: most to work, some to studies, the rest elsewhere (fixed per person). */
    static String reason(UUID id) {
        int n = Math.floorMod(id.hashCode(), 20);
        return n < 9 ? "arbete" : n < 11 ? "studier" : "annat";
    }

}
