package se.arbetsmarknad.reporting.access;

import java.util.Optional;

import se.arbetsmarknad.platform.problem.ProblemException;

/**
 * What a caller may see, captured at request time so that an asynchronous export runs with the
 * rights of the user who asked for it.
 */
public record Scope(Optional<String> confinedUnit, String username) {

    public static Scope of(Access access) {
        return new Scope(access.confinedUnit(), access.username());
    }

    public String unitFilter(String requested) {
        if (confinedUnit.isEmpty()) {
            return requested == null || requested.isBlank() ? null : requested;
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
