package se.arbetsmarknad.reporting.readmodel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.hibernate.Session;

/** The units (enheter) that events have named; reporting knows of no others. */
@ApplicationScoped
public class Units {

    @Inject
    Session session;

    /** Asked by every request naming a unit: plain JDBC, for the reason given at {@link ReadModelVersion#current()}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean isKnown(String code) {
        return session.doReturningWork(connection -> {
            try (var ps = connection.prepareStatement("select 1 from unit where code = ?")) {
                ps.setString(1, code);
                try (var rows = ps.executeQuery()) {
                    return rows.next();
                }
            }
        });
    }
}
