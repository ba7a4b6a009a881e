package se.arbetsmarknad.reporting.readmodel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.hibernate.Session;

/**
 * The read model's version: one counter per consuming channel, raised in every transaction that applies
 * events (one row per channel, so consumers of different topics never wait for each other). The sum
 * only grows; a reader that reads it before its figures has figures at least that new.
 */
@ApplicationScoped
public class ReadModelVersion {

    @Inject
    Session session;

    @Transactional(Transactional.TxType.MANDATORY)
    public void raise(String channel) {
        session.createNativeMutationQuery("""
                insert into readmodel_version (channel, version) values (:c, 1)
                on conflict (channel) do update set version = readmodel_version.version + 1""")
                .setParameter("c", channel).executeUpdate();
    }

    /**
     * Read by every report and statistic request, so plain JDBC: Hibernate 7.2 never finds a native query
     * with a basic result class ({@code Long.class}) in its plan cache (its result builder has no
     * {@code equals}), so each such call added an entry of the same hash and searched all the others.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long current() {
        return session.doReturningWork(connection -> {
            try (var ps = connection.prepareStatement("select coalesce(sum(version), 0) from readmodel_version");
                    var rows = ps.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        });
    }
}
