package se.arbetsmarknad.reporting.access;

import java.util.Optional;
import java.util.function.Predicate;

import se.arbetsmarknad.platform.problem.ProblemException;
import se.arbetsmarknad.platform.security.UnitScope;

/**
 * What a caller may see, captured at request time so that an asynchronous export runs with the
 * rights of the user who asked for it.
 *
 * @param units     the platform's unit scope for figures
 * @param knownUnit whether the read model knows a unit: asking for one it does not know answers 404,
 *                  as for anything unknown, instead of a table of zeros
 */
public record Scope(UnitScope units, String username, Predicate<String> knownUnit) {

    public static Scope of(Access access) {
        return access.scope();
    }

    /** The unit the caller is confined to, if any. */
    public Optional<String> confinedUnit() {
        return units.confinedTo();
    }

    /** The unit to filter on: the requested one if the caller may see it and it exists, the own one if confined. */
    public String unitFilter(String requested) {
        String unit = units.filter(requested);
        if (unit != null && units.isAll() && !knownUnit.test(unit)) {
            throw ProblemException.notFound("Enheten '" + unit + "'");
        }
        return unit;
    }

    public void requireMunicipalityWide() {
        if (!units.isAll()) {
            throw ProblemException.forbidden("Rapporten gäller hela kommunen och visas för chefer / "
                    + "The report covers the whole municipality and is for managers");
        }
    }
}
