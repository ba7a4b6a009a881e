package se.arbetsmarknad.placement.allocation;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import se.arbetsmarknad.platform.jobs.ClusterLock;
import se.arbetsmarknad.platform.problem.ProblemException;
import se.arbetsmarknad.platform.time.SuiteClock;

/**
 * Allocations as background jobs: the job is a row ({@code allocation_job}) holding the request, the
 * creator's scope, the status, the progress and finally the result, so every replica can answer for it and
 * none loses it. A replica claims a job with one conditional update (queued, or running with a stale
 * heartbeat) and reports progress, which is also its heartbeat; if it stops, another replica (or the same
 * one restarted) claims the job again within {@link AllocationConfig#staleAfter()} plus the sweep interval
 * and computes it from the start. The allocation is deterministic and the request's day is fixed at
 * creation, so a re-run gives the same answer for the same data. Only the claim's attempt may write the
 * result. Proposals are made afterwards by the caller ({@link #propose}), in their own request and rights.
 */
@ApplicationScoped
public class AllocationJobs {

    private static final Logger LOG = Logger.getLogger(AllocationJobs.class);

    @Inject
    SuiteClock clock;
    @Inject
    EntityManager em;
    @Inject
    ManagedExecutor executor;
    @Inject
    ObjectMapper mapper;
    @Inject
    AllocationService allocations;
    @Inject
    AllocationConfig config;

    private Semaphore slots;
    /** Jobs this replica has submitted and not yet finished with, so a sweep does not submit them twice. */
    private final Set<UUID> submitted = ConcurrentHashMap.newKeySet();

    @PostConstruct
    void init() {
        slots = new Semaphore(Math.max(1, config.concurrentJobs()));
    }

    @Schema(name = "AllocationJob", description = "Ett fördelningsjobb / an allocation job")
    public record JobView(UUID id, @Schema(enumeration = {"queued", "running", "done", "failed"}) String status,
            @Schema(description = "Förlopp i procent / progress in percent", example = "45") int progress,
            @Schema(description = "Varför jobbet misslyckades / why the job failed") String error,
            @Schema(description = "Resultatet, när status är done / the result, when status is done", example = "/api/allocations/jobs/5b7e…/result") String result,
            @Schema(description = "När förslagen skapades / when the proposals were made") OffsetDateTime proposedAt,
            OffsetDateTime createdAt, OffsetDateTime finishedAt) {
    }

    /** The request as stored: as given, with its day fixed. */
    record Stored(AllocationDtos.Request request, String owner, String unit) {
    }

    /** Stores a checked request as a job and starts it in the background. */
    public JobView create(AllocationDtos.Request req, AllocationService.Scope scope, java.time.LocalDate asOf) {
        AllocationDtos.Request fixed = new AllocationDtos.Request(req.participantIds(), req.placementIds(), req.priorityRules(),
                req.genderBalance(), asOf, false);
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                insert into allocation_job (id, owner, unit, request, status, created_at)
                values (:id, :owner, :unit, cast(:request as jsonb), 'queued', now())""")
                .setParameter("id", id).setParameter("owner", scope.owner()).setParameter("unit", scope.unit())
                .setParameter("request", json(fixed)).executeUpdate());
        submit(id);
        return find(id, scope.owner(), true).orElseThrow();
    }

    private void submit(UUID id) {
        if (submitted.add(id)) {
            executor.execute(() -> {
                try {
                    run(id);
                } finally {
                    submitted.remove(id);
                }
            });
        }
    }

    /** Claims and computes a job, unless another replica holds it. */
    void run(UUID id) {
        slots.acquireUninterruptibly();
        try {
            Integer attempt = claim(id);
            if (attempt == null) {
                return;
            }
            try {
                compute(id, attempt);
            } catch (RuntimeException e) {
                String reason = e instanceof ProblemException p ? p.getMessage() : e.getClass().getSimpleName();
                LOG.errorf(e, "Allocation job %s failed", id);
                QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                        update allocation_job set status = 'failed', error = :error, finished_at = now()
                        where id = :id and attempt = :attempt and status = 'running'""")
                        .setParameter("error", reason == null ? "failed" : reason.substring(0, Math.min(500, reason.length())))
                        .setParameter("id", id).setParameter("attempt", attempt).executeUpdate());
            }
        } finally {
            slots.release();
        }
    }

    /** One conditional update: only one replica can move a job to its next attempt. */
    private Integer claim(UUID id) {
        List<?> claimed = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                update allocation_job set status = 'running', attempt = attempt + 1, progress = 0, instance = :instance,
                    heartbeat_at = now()
                where id = :id and (status = 'queued'
                    or (status = 'running' and heartbeat_at < now() - make_interval(secs => :stale)))
                returning attempt""")
                .setParameter("id", id).setParameter("instance", ClusterLock.instanceId())
                .setParameter("stale", (double) config.staleAfter().toSeconds()).getResultList());
        return claimed.isEmpty() ? null : ((Number) claimed.get(0)).intValue();
    }

    private void compute(UUID id, int attempt) {
        Stored stored = QuarkusTransaction.requiringNew().call(() -> {
            Object[] row = (Object[]) em.createNativeQuery("select cast(request as text), owner, unit from allocation_job where id = :id")
                    .setParameter("id", id).getSingleResult();
            return new Stored(read((String) row[0], AllocationDtos.Request.class), (String) row[1], (String) row[2]);
        });
        AllocationService.Prepared prepared = allocations.prepare(stored.request(), new AllocationService.Scope(stored.owner(), stored.unit()));
        progress(id, attempt, 2);
        int[] last = {2};
        long[] lastAt = {System.nanoTime()};
        AllocationDtos.Result result = AllocationService.compute(prepared, f -> {
            int percent = 2 + (int) (f * 96);
            // a write at most every 5 % or every second: also the heartbeat that keeps the claim
            if (percent - last[0] >= 5 || (System.nanoTime() - lastAt[0] > 1_000_000_000L && percent > last[0])) {
                last[0] = percent;
                lastAt[0] = System.nanoTime();
                progress(id, attempt, percent);
            }
        });
        String json = json(result);
        int stored2 = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                update allocation_job set status = 'done', progress = 100, result = cast(:result as jsonb), finished_at = now()
                where id = :id and attempt = :attempt and status = 'running'""")
                .setParameter("result", json).setParameter("id", id).setParameter("attempt", attempt).executeUpdate());
        if (stored2 == 0) {
            LOG.infof("Allocation job %s attempt %d was taken over; its result is dropped", id, attempt);
        }
    }

    private void progress(UUID id, int attempt, int percent) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                update allocation_job set progress = :p, heartbeat_at = now()
                where id = :id and attempt = :attempt and status = 'running'""")
                .setParameter("p", percent).setParameter("id", id).setParameter("attempt", attempt).executeUpdate());
    }

    /**
     * Picks up jobs that no replica is running: queued ones whose replica stopped before starting them, and
     * running ones whose heartbeat is older than {@link AllocationConfig#staleAfter()}. Each replica sweeps;
     * the claim decides which one computes.
     */
    @Scheduled(every = "${placement.allocation.sweep-every:15s}", delayed = "${placement.allocation.sweep-delay:10s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void resume() {
        @SuppressWarnings("unchecked")
        List<UUID> orphans = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                select id from allocation_job
                where (status = 'queued' and created_at < now() - interval '10 seconds')
                   or (status = 'running' and heartbeat_at < now() - make_interval(secs => :stale))
                order by created_at limit 20""")
                .setParameter("stale", (double) config.staleAfter().toSeconds()).getResultList());
        for (UUID id : orphans) {
            LOG.infof("Resuming allocation job %s", id);
            submit(id);
        }
    }

    /** Finished jobs are kept for {@link AllocationConfig#keep()}. */
    @Scheduled(every = "1h", delayed = "1m")
    void purge() {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "delete from allocation_job where status in ('done', 'failed') and created_at < :cutoff")
                .setParameter("cutoff", clock.now().minus(config.keep())).executeUpdate());
    }

    /** The job if it exists and the caller created it (admins see all); otherwise empty (404). */
    public Optional<JobView> find(UUID id, String caller, boolean admin) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                select id, owner, status, progress, error, proposed_at, created_at, finished_at from allocation_job where id = :id""")
                .setParameter("id", id).getResultList());
        return rows.stream().filter(r -> admin || caller.equals(r[1])).findFirst().map(r -> new JobView((UUID) r[0], (String) r[2],
                ((Number) r[3]).intValue(), (String) r[4], "done".equals(r[2]) ? "/api/allocations/jobs/" + r[0] + "/result" : null,
                time(r[5]), time(r[6]), time(r[7])));
    }

    /** The finished result; 409 while the job is not done. */
    public AllocationDtos.Result result(UUID id) {
        List<?> rows = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select cast(result as text) from allocation_job where id = :id and status = 'done'").setParameter("id", id).getResultList());
        if (rows.isEmpty()) {
            throw ProblemException.conflict("Fördelningen är inte klar / The allocation is not finished");
        }
        return read((String) rows.get(0), AllocationDtos.Result.class);
    }

    /**
     * Proposes every assignment of a finished job, as the caller and with their rights, all or none, once:
     * the job row is locked, so two concurrent calls cannot both propose.
     */
    @Transactional
    public AllocationDtos.Result propose(UUID id) {
        List<?> rows = em.createNativeQuery("select cast(result as text), proposed_at from allocation_job where id = :id for update")
                .setParameter("id", id).getResultList();
        Object[] row = rows.isEmpty() ? null : (Object[]) rows.get(0);
        if (row == null || row[0] == null) {
            throw ProblemException.conflict("Fördelningen är inte klar / The allocation is not finished");
        }
        if (row[1] != null) {
            throw ProblemException.conflict("Förslagen är redan skapade / The proposals were already made");
        }
        AllocationDtos.Result proposed = allocations.propose(read((String) row[0], AllocationDtos.Result.class));
        em.createNativeQuery("update allocation_job set result = cast(:result as jsonb), proposed_at = now() where id = :id")
                .setParameter("result", json(proposed)).setParameter("id", id).executeUpdate();
        return proposed;
    }

    private static OffsetDateTime time(Object value) {
        if (value instanceof OffsetDateTime t) {
            return t;
        }
        if (value instanceof java.time.Instant i) {
            return i.atOffset(ZoneOffset.UTC);
        }
        return value == null ? null : ((java.sql.Timestamp) value).toInstant().atOffset(ZoneOffset.UTC);
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T read(String json, Class<T> type) {
        try {
            return mapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
