package se.arbetsmarknad.platform.jobs;

import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Cluster-wide mutual exclusion through PostgreSQL transaction-scoped advisory locks: whichever replica
 * holds the lock does the work; the others skip. The lock ends with the transaction, so a crashed
 * replica never leaves it held.
 */
@ApplicationScoped
public class ClusterLock {

    /** This process, as recorded in {@code job_run}: host name (the pod name on Kubernetes) and pid. */
    static final String INSTANCE = System.getenv().getOrDefault("HOSTNAME", "local") + "-"
            + ProcessHandle.current().pid();

    /** This process's id in the cluster: host name (pod name) and pid. */
    public static String instanceId() {
        return INSTANCE;
    }

    @Inject
    EntityManager em;

    /** Takes the named lock for the current transaction if free; {@code false} when another holds it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean tryLockForTransaction(String name) {
        Object locked = em.createNativeQuery("select pg_try_advisory_xact_lock(hashtextextended(:name, 0))")
                .setParameter("name", name)
                .getSingleResult();
        return Boolean.TRUE.equals(locked);
    }

    /**
     * Runs a scheduled job once per slot in the whole cluster: the job's transaction first claims
     * {@code (name, slot)} in {@code job_run}. A replica that fires the same schedule concurrently waits
     * for the claim and then skips; one that fires later skips at once; if the job fails its claim rolls
     * back with it, so the next firing retries. Use a slot that names the unit of work, e.g. the month
     * a freeze is for.
     *
     * @return {@code true} when this call ran the job
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean runOncePerSlot(String name, String slot, Runnable job) {
        int claimed = em.createNativeQuery("""
                insert into job_run (job, slot, instance, started_at) values (:job, :slot, :instance, now())
                on conflict do nothing""")
                .setParameter("job", name)
                .setParameter("slot", slot)
                .setParameter("instance", INSTANCE)
                .executeUpdate();
        if (claimed == 0) {
            return false;
        }
        job.run();
        em.createNativeQuery("update job_run set finished_at = clock_timestamp() where job = :job and slot = :slot")
                .setParameter("job", name)
                .setParameter("slot", slot)
                .executeUpdate();
        return true;
    }

    /**
     * Runs a scheduled job in one replica only: in a new transaction that holds the named lock.
     *
     * @return the job's result, or {@code null} when another replica is running it right now
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public <T> T runExclusively(String name, Supplier<T> job) {
        return tryLockForTransaction(name) ? job.get() : null;
    }
}
