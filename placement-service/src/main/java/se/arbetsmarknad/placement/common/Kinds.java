package se.arbetsmarknad.placement.common;

import java.util.List;
import java.util.Set;

/**
 * Placement kinds (insatsformer) offered by providers, with the same codes as participant-service's
 * reference list. Arbetsmarknadsanställningar (employments with support) are the kinds the
 * fördelningsmodell counts by default and that priority rules for employments apply to.
 */
public final class Kinds {
    public static final List<String> ALL = List.of("praktik", "extratjanst", "nystartsjobb",
            "utvecklingsanstallning", "lonebidrag", "osa", "beredskapsanstallning", "feriepraktik", "jobbspar");
    public static final Set<String> EMPLOYMENTS = Set.of("extratjanst", "nystartsjobb", "utvecklingsanstallning",
            "lonebidrag", "osa", "beredskapsanstallning");

    private Kinds() {
    }

    public static boolean isEmployment(String kind) {
        return EMPLOYMENTS.contains(kind);
    }
}
