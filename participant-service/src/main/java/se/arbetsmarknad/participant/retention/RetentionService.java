package se.arbetsmarknad.participant.retention;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import se.arbetsmarknad.participant.audit.AuditLog;
import se.arbetsmarknad.participant.common.Actor;
import se.arbetsmarknad.participant.common.ParticipantConfig;
import se.arbetsmarknad.participant.participant.ParticipantEvents;
import se.arbetsmarknad.platform.http.Page;
import se.arbetsmarknad.platform.http.PageRequest;
import se.arbetsmarknad.platform.jobs.ClusterLock;
import se.arbetsmarknad.platform.time.SuiteClock;

/**
 * Gallring: a configurable time after exit (participant.retention.after-exit) the personal identifiers
 * are erased — personnummer, names, plan goals and steps, meeting notes, exit comments — and the birth
 * date is cut to the year. The pseudonymous rows (gender, birth year, unit, dates, kinds, reasons) stay
 * for statistics. participant.erased tells the other services to drop what links the pseudonym to data.
 */
@ApplicationScoped
public class RetentionService {

    static final String JOB = "participant-retention";
    /** The one rule of who is due: not erased, every enrolment closed, and the last exit before :before. */
    private static final String DUE = """
            from participant p
             where p.erased_at is null
               and not exists (select 1 from enrolment o where o.participant_id = p.id and o.status <> 'EXITED')
               and exists (select 1 from enrolment e where e.participant_id = p.id)
               and (select max(e.exited_on) from enrolment e where e.participant_id = p.id) <= :before
            """;
    private static final Logger LOG = Logger.getLogger(RetentionService.class);
    /** Participants erased per statement (PostgreSQL takes at most 65 535 parameters in one). */
    private static final int CHUNK = 1_000;

    @Inject
    EntityManager em;
    @Inject
    SuiteClock clock;
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
        runOnce(clock.today());
    }

    /** The run for {@code day}, once in the cluster: {@code false} when that day's run happened already. */
    public boolean runOnce(LocalDate day) {
        return lock.runOncePerSlot(JOB, day.toString(), () -> eraseDue(day));
    }

    /** For admin and operations: runs now (one replica at a time); {@code null} when a run is in progress elsewhere. */
    public Integer runNow() {
        return lock.runExclusively(JOB, () -> eraseDue(clock.today()));
    }

    /** @return how many participants were erased */
    @Transactional(Transactional.TxType.MANDATORY)
    public int eraseDue(LocalDate today) {
        LocalDate exitedBefore = exitedBefore(today);
        @SuppressWarnings("unchecked")
        List<UUID> due = em.createNativeQuery("select p.id " + DUE + " order by p.id").setParameter("before", exitedBefore)
                .getResultList();
        Actor system = Actor.system("retention");
        // Set-based, a chunk at a time: a first run after years (or over the demo's history since 2019)
        // meets thousands due at once, and one statement per table per participant took minutes.
        for (int from = 0; from < due.size(); from += CHUNK) {
            erase(due.subList(from, Math.min(due.size(), from + CHUNK)));
        }
        for (UUID id : due) {
            events.erased(id);
            audit.record(system, "erased", id, "gallrad / erased");
        }
        if (!due.isEmpty()) {
            LOG.infof("Retention erased %d participants who exited before %s", due.size(), exitedBefore);
        }
        return due.size();
    }

    /** What a run today would erase, one page at a time, without erasing anything (pseudonymous: no names). */
    @Transactional
    public Preview preview(PageRequest page) {
        LocalDate today = clock.today();
        LocalDate exitedBefore = exitedBefore(today);
        long total = ((Number) em.createNativeQuery("select count(*) " + DUE).setParameter("before", exitedBefore)
                .getSingleResult()).longValue();
        Query query = em.createNativeQuery("""
                select p.id,
                       (select e.unit from enrolment e where e.participant_id = p.id order by e.enrolled_on desc, e.created_at desc limit 1),
                       (select max(e.exited_on) from enrolment e where e.participant_id = p.id),
                       exists (select 1 from participant_identity i where i.participant_id = p.id),
                       (select count(*) from plan pl join enrolment e on e.id = pl.enrolment_id
                         where e.participant_id = p.id and (pl.goal is not null or pl.steps <> '[]'::jsonb)),
                       (select count(*) from follow_up_meeting m join enrolment e on e.id = m.enrolment_id
                         where e.participant_id = p.id and m.notes is not null),
                       (select count(*) from enrolment e where e.participant_id = p.id and e.exit_comment is not null)
                """ + DUE + " order by 3, p.id").setParameter("before", exitedBefore);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = page.apply(query).getResultList();
        List<Due> items = rows.stream().map(r -> new Due((UUID) r[0], (String) r[1], date(r[2]), (Boolean) r[3],
                ((Number) r[4]).intValue(), ((Number) r[5]).intValue(), ((Number) r[6]).intValue())).toList();
        return new Preview(today, exitedBefore, config.retention().afterExit().toString(), total,
                page.of(items, total));
    }

    private LocalDate exitedBefore(LocalDate today) {
        return today.minus(config.retention().afterExit());
    }

    private static LocalDate date(Object o) {
        return o == null ? null : o instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) o;
    }

    @Schema(description = "Vad gallring i dag skulle radera / what retention today would erase")
    public record Preview(LocalDate today,
            @Schema(description = "Avslutade före denna dag gallras / exits before this day are erased") LocalDate exitedBefore,
            @Schema(description = "Gallringsfrist / retention period", example = "P2Y") String afterExit,
            @Schema(description = "Antal deltagare som gallras / participants to erase") long total,
            Page<Due> participants) {
    }

    @Schema(description = "En deltagare som gallras och vad som raderas / one participant due and what goes")
    public record Due(UUID participantId,
            @Schema(example = "unga-18-24") String unit,
            LocalDate lastExitedOn,
            @Schema(description = "Personnummer och namn raderas / personnummer and names are erased") boolean identity,
            @Schema(description = "Planversioner vars mål och steg raderas / plan versions whose goal and steps go") int planVersions,
            @Schema(description = "Mötesanteckningar som raderas / meeting notes erased") int meetingNotes,
            @Schema(description = "Avslutskommentarer som raderas / exit comments erased") int exitComments) {
    }

    private void erase(List<UUID> ids) {
        em.createNativeQuery("delete from participant_identity where participant_id in (:ids)").setParameter("ids", ids)
                .executeUpdate();
        em.createNativeQuery("update enrolment set exit_comment = null where participant_id in (:ids)").setParameter("ids", ids)
                .executeUpdate();
        em.createNativeQuery("""
                update plan set goal = null, steps = '[]'::jsonb
                 where enrolment_id in (select id from enrolment where participant_id in (:ids))""").setParameter("ids", ids)
                .executeUpdate();
        em.createNativeQuery("""
                update follow_up_meeting set notes = null
                 where enrolment_id in (select id from enrolment where participant_id in (:ids))""").setParameter("ids", ids)
                .executeUpdate();
        em.createNativeQuery("""
                update participant set erased_at = :now, birth_date = date_trunc('year', birth_date)::date,
                       occupation_interests = '{}', support_obstacle = null, protected_identity = false, version = version + 1
                 where id in (:ids)""").setParameter("now", clock.instant()).setParameter("ids", ids).executeUpdate();
    }
}
