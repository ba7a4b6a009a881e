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

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean isKnown(String code) {
        return !session.createNativeQuery("select 1 from unit where code = :c", Integer.class).setParameter("c", code)
                .getResultList().isEmpty();
    }
}
