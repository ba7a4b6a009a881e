package se.arbetsmarknad.platform.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Fördelningsmodell as a share: a förvaltning's quota is a percentage of its employees, rounded half up
 * (Malmö's Tabell 1: 5,7 % of 469 = 26,733 → 27). The one definition for placement-service, which sets
 * each förvaltning's quota, and reporting-service, which shows the city's own quota (5,7 % of 26 590 =
 * 1 516) beside the sum of the rows rounded one by one (1 515): the two need not agree.
 */
public final class QuotaShare {

    private QuotaShare() {
    }

    /** {@code percent} % of {@code employees}, rounded half up. */
    public static long of(long employees, BigDecimal percent) {
        return BigDecimal.valueOf(employees).multiply(percent)
                .divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP).longValueExact();
    }
}
