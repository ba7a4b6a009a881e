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

    @Transactional(Transactional.TxType.SUPPORTS)
    public long current() {
        return session.createNativeQuery("select cast(coalesce(sum(version), 0) as bigint) from readmodel_version", Long.class)
                .getSingleResult();
    }
}
