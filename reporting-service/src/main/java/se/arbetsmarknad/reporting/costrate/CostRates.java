package se.arbetsmarknad.reporting.costrate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.hibernate.Session;

import se.arbetsmarknad.platform.problem.ProblemException;

/**
 * The monthly wage cost per employment kind, with validity dates (reference data, Malmö's Tabell 2): the one
 * place that reads and writes {@code cost_rate}. A new rate starts on a day after the kind's latest one; the
 * rate before it then ends the day before, so every day has exactly one rate from the first one on.
 */
@ApplicationScoped
public class CostRates {

    /** A monthly wage cost of an employment kind, valid from a date until a date (open-ended when null). */
    public record Rate(String kind, String label, BigDecimal monthlyRate, LocalDate validFrom, LocalDate validTo) {

        public boolean validOn(LocalDate day) {
            return !validFrom.isAfter(day) && (validTo == null || !validTo.isBefore(day));
        }
    }

    @Inject
    Session session;

    public List<Rate> all() {
        return session.createNativeQuery(
                "select kind, label, monthly_rate, valid_from, valid_to from cost_rate order by kind, valid_from", Rate.class)
                .getResultList();
    }

    /** Adds a rate from {@code validFrom}; the kind must exist and the day must come after its latest rate's start. */
    @Transactional
    public Rate add(String kind, BigDecimal monthlyRate, LocalDate validFrom) {
        List<Rate> ofKind = all().stream().filter(r -> r.kind().equals(kind)).toList();
        if (ofKind.isEmpty()) {
            throw ProblemException.invalid("kind", "okänd anställningsform / unknown employment kind (known: "
                    + String.join(", ", all().stream().map(Rate::kind).distinct().toList()) + ")");
        }
        Rate latest = ofKind.get(ofKind.size() - 1);
        if (!validFrom.isAfter(latest.validFrom())) {
            throw ProblemException.invalid("validFrom", "måste vara efter " + latest.validFrom() + ", då senaste kostnaden började / must be after "
                    + latest.validFrom() + ", the start of the latest rate");
        }
        session.createNativeQuery("update cost_rate set valid_to = :end where kind = :kind and valid_from = :from")
                .setParameter("end", validFrom.minusDays(1)).setParameter("kind", kind).setParameter("from", latest.validFrom())
                .executeUpdate();
        session.createNativeQuery("insert into cost_rate (kind, label, monthly_rate, valid_from, valid_to) values (:kind, :label, :rate, :from, null)")
                .setParameter("kind", kind).setParameter("label", latest.label()).setParameter("rate", monthlyRate)
                .setParameter("from", validFrom).executeUpdate();
        return new Rate(kind, latest.label(), monthlyRate, validFrom, null);
    }
}
