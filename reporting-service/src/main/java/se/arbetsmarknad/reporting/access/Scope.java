package se.arbetsmarknad.reporting.access;

import java.util.Optional;
import java.util.function.Predicate;

import se.arbetsmarknad.platform.problem.ProblemException;

/**
 * What a caller may see, captured at request time so that an asynchronous export runs with the
 * rights of the user who asked for it.
 *
 * @param knownUnit whether the read model knows a unit: asking for one it does not know answers 404,
 *                  as for anything unknown, instead of a table of zeros
 */
public record Scope(Optional<String> confinedUnit, String username, Predicate<String> knownUnit) {

    public static Scope of(Access access) {
        return new Scope(access.confinedUnit(), access.username(), access.knownUnits());
    }

    /** The unit to filter on: the requested one if the caller may see it and it exists, the own one if confined. */
    public String unitFilter(String requested) {
        if (confinedUnit.isEmpty()) {
            if (requested == null || requested.isBlank()) {
                return null;
            }
            if (!knownUnit.test(requested)) {
                throw ProblemException.notFound("Enheten '" + requested + "'");
            }
            return requested;
        }
        if (requested != null && !requested.isBlank() && !requested.equals(confinedUnit.get())) {
            throw ProblemException.notFound("Enheten '" + requested + "'");
        }
        return confinedUnit.get();
    }

    public void requireMunicipalityWide() {
        if (confinedUnit.isPresent()) {
            throw ProblemException.forbidden("Rapporten gäller hela kommunen och visas för chefer / "
                    + "The report covers the whole municipality and is for managers");
        }
    }
}
