package se.arbetsmarknad.placement.organisation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A förvaltning's quota under the fördelningsmodell, as organisations show and publish it. Implemented
 * by the quota feature, which depends on organisations and not the other way round.
 */
public interface Quotas {

    /** The quota on {@code asOf}, or null for an organisation that is not a förvaltning or has no employee count. */
    default Integer quotaOf(Organisation org, LocalDate asOf) {
        return org.isForvaltning() ? quotasOn(asOf).get(org.id) : null;
    }

    /** Every förvaltning's quota on {@code asOf} (those without an employee count are absent). */
    Map<UUID, Integer> quotasOn(LocalDate asOf);

    /** The share of employees (percent) the quotas are when the rule is a share (Malmö: 5.7); empty for a total. */
    Optional<BigDecimal> sharePercent();
}
