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
     * Runs a scheduled job in one replica only: in a new transaction that holds the named lock.
     *
     * @return the job's result, or {@code null} when another replica is running it right now
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public <T> T runExclusively(String name, Supplier<T> job) {
        return tryLockForTransaction(name) ? job.get() : null;
    }
}
