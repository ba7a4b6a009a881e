package se.arbetsmarknad.participant.retention;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import se.arbetsmarknad.participant.audit.AuditLog;
import se.arbetsmarknad.participant.common.Actor;
import se.arbetsmarknad.participant.common.ParticipantConfig;
import se.arbetsmarknad.participant.common.Today;
import se.arbetsmarknad.participant.participant.ParticipantEvents;
import se.arbetsmarknad.platform.jobs.ClusterLock;

/**
 * Gallring: a configurable time after exit (participant.retention.after-exit) the personal identifiers
 * are erased — personnummer, names, plan goals and steps, meeting notes, exit comments — and the birth
 * date is cut to the year. The pseudonymous rows (gender, birth year, unit, dates, kinds, reasons) stay
 * for statistics. participant.erased tells the other services to drop what links the pseudonym to data.
 */
@ApplicationScoped
public class RetentionService {

    static final String JOB = "participant-retention";
    private static final Logger LOG = Logger.getLogger(RetentionService.class);

    @Inject
    EntityManager em;
    @Inject
    ParticipantConfig config;
    @Inject
    ParticipantEvents events;
    @Inject
    AuditLog audit;
    @Inject
    ClusterLock lock;

    /** Daily; the slot is the day, so the day's run happens once in the cluster whatever the replicas do. */
    @Scheduled(cron = "{participant.retention.cron}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void daily() {
        runOnce(Today.get());
    }

    /** The run for {@code day}, once in the cluster: {@code false} when that day's run happened already. */
    public boolean runOnce(LocalDate day) {
        return lock.runOncePerSlot(JOB, day.toString(), () -> eraseDue(day));
    }

    /** For admin and operations: runs now (one replica at a time); {@code null} when a run is in progress elsewhere. */
    public Integer runNow() {
        return lock.runExclusively(JOB, () -> eraseDue(Today.get()));
    }

    /** @return how many participants were erased */
    @Transactional(Transactional.TxType.MANDATORY)
    public int eraseDue(LocalDate today) {
        LocalDate exitedBefore = today.minus(config.retention().afterExit());
        @SuppressWarnings("unchecked")
        List<UUID> due = em.createNativeQuery("""
                select p.id from participant p
                 where p.erased_at is null
                   and not exists (select 1 from enrolment o where o.participant_id = p.id and o.status <> 'EXITED')
                   and exists (select 1 from enrolment e where e.participant_id = p.id)
                   and (select max(e.exited_on) from enrolment e where e.participant_id = p.id) <= :before
                 order by p.id""").setParameter("before", exitedBefore).getResultList();
        Actor system = Actor.system("retention");
        for (UUID id : due) {
            erase(id);
            events.erased(id);
            audit.record(system, "erased", id, "gallrad / erased");
        }
        if (!due.isEmpty()) {
            LOG.infof("Retention erased %d participants who exited before %s", due.size(), exitedBefore);
        }
        return due.size();
    }

    private void erase(UUID id) {
        em.createNativeQuery("delete from participant_identity where participant_id = :id").setParameter("id", id).executeUpdate();
        em.createNativeQuery("update enrolment set exit_comment = null where participant_id = :id").setParameter("id", id)
                .executeUpdate();
        em.createNativeQuery("""
                update plan set goal = null, steps = '[]'::jsonb
                 where enrolment_id in (select id from enrolment where participant_id = :id)""").setParameter("id", id)
                .executeUpdate();
        em.createNativeQuery("""
                update follow_up_meeting set notes = null
                 where enrolment_id in (select id from enrolment where participant_id = :id)""").setParameter("id", id)
                .executeUpdate();
        em.createNativeQuery("""
                update participant set erased_at = :now, birth_date = date_trunc('year', birth_date)::date,
                       occupation_interests = '{}', support_obstacle = null, protected_identity = false, version = version + 1
                 where id = :id""").setParameter("now", Instant.now()).setParameter("id", id).executeUpdate();
    }
}
