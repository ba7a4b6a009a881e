package se.arbetsmarknad.placement.organisation;

import java.time.LocalDate;

/**
 * A förvaltning's quota under the fördelningsmodell, as organisations show and publish it. Implemented
 * by the quota feature, which depends on organisations and not the other way round.
 */
public interface Quotas {

    /** The quota on {@code asOf}, or null for an organisation that is not a förvaltning or has no employee count. */
    Integer quotaOf(Organisation org, LocalDate asOf);
}
