package se.arbetsmarknad.platform.security;

import java.util.Map;
import java.util.Optional;

import se.arbetsmarknad.platform.problem.ProblemException;

/**
 * Which units' data a caller may see: every unit, one unit, or none. One value gives both the check in
 * Java ({@link #includes}, {@link #require}) and the same rule as a SQL/JPQL predicate with its bind
 * parameter ({@link #sql}), so a list query and a single-row check cannot disagree. It is a plain
 * value: capture it at request time for work that runs later (an export job runs with the rights of the
 * user who asked for it). Made by {@link AccessScope}.
 */
public record UnitScope(Kind kind, String unit) {

    public enum Kind {
        /** Not confined: every unit. */
        ALL,
        /** Only {@link UnitScope#unit()}. */
        UNIT,
        /** No unit at all. */
        NONE
    }

    public static final UnitScope ALL = new UnitScope(Kind.ALL, null);
    public static final UnitScope NONE = new UnitScope(Kind.NONE, null);
    /** The default bind parameter name of {@link #sql(String)}. */
    public static final String PARAMETER = "scopeUnit";

    public UnitScope {
        if ((kind == Kind.UNIT) != (unit != null && !unit.isBlank())) {
            throw new IllegalArgumentException("A unit scope names exactly one unit: " + kind + " " + unit);
        }
    }

    public static UnitScope only(String unit) {
        return new UnitScope(Kind.UNIT, unit);
    }

    /** The unit the caller is confined to; empty when not confined (or when confined to nothing). */
    public Optional<String> confinedTo() {
        return Optional.ofNullable(unit);
    }

    public boolean isAll() {
        return kind == Kind.ALL;
    }

    public boolean includes(String unitCode) {
        return switch (kind) {
            case ALL -> true;
            case UNIT -> unit.equals(unitCode);
            case NONE -> false;
        };
    }

    /** 404 naming {@code what} unless the unit is in scope: someone without access learns nothing. */
    public void require(String unitCode, String what) {
        if (!includes(unitCode)) {
            throw ProblemException.notFound(what);
        }
    }

    /**
     * The unit filter to apply for a request that may ask for one unit ({@code requested}, null or blank
     * for "every unit I may see"): {@code null} means no filter. Asking for a unit outside the scope is a
     * 404 naming it, as if it did not exist.
     */
    public String filter(String requested) {
        boolean asked = requested != null && !requested.isBlank();
        if (asked && !includes(requested)) {
            throw ProblemException.notFound("Enheten '" + requested + "' / The unit '" + requested + "'");
        }
        return switch (kind) {
            case ALL -> asked ? requested : null;
            case UNIT -> unit;
            case NONE -> throw ProblemException.notFound("Enheten / The unit");
        };
    }

    /** The rule as a predicate on {@code column} (e.g. {@code "e.unit"}), bound as {@value #PARAMETER}. */
    public Predicate sql(String column) {
        return sql(column, PARAMETER);
    }

    /** The same with another parameter name, for a query that holds two scopes. */
    public Predicate sql(String column, String parameter) {
        return switch (kind) {
            case ALL -> new Predicate("1 = 1", Map.of());
            case UNIT -> new Predicate(column + " = :" + parameter, Map.of(parameter, unit));
            case NONE -> new Predicate("1 = 0", Map.of());
        };
    }

    /** A SQL or JPQL condition and the bind parameters it needs; valid in both languages. */
    public record Predicate(String sql, Map<String, Object> parameters) {

        /** Sets the parameters on a JPA or native query. */
        public <Q extends jakarta.persistence.Query> Q bind(Q query) {
            parameters.forEach(query::setParameter);
            return query;
        }
    }
}
