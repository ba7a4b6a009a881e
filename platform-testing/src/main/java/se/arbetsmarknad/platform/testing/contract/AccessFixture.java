package se.arbetsmarknad.platform.testing.contract;

import java.util.Map;

/**
 * A service's test data for the generated tests: resources that exist in the scope of the primary
 * case officer (unit) and provider (organisation), ids that do not exist, and valid bodies where the
 * schema's examples are not enough (a unique personnummer, a kind code that exists).
 *
 * <p>Values are looked up by name: a path, query or header parameter of that name, and a body property
 * of that name at any depth, gets the value. Names absent from {@link #unknown()} are taken from
 * {@link #own(Endpoint)} in the unknown-id columns too.
 */
public interface AccessFixture {

    /** The claims of the callers: {@code unit} of the primary case officer and {@code otherUnit} of another. */
    record Scope(String unit, String otherUnit, String organisation, String otherOrganisation) {
        /** The realm's demo units and organisations (docs/local-contract.md). */
        public static Scope standard() {
            return new Scope("unga-18-24", "arbete-forsorjning", "grundskoleforvaltningen", "bussbolaget-syd");
        }
    }

    default Scope scope() {
        return Scope.standard();
    }

    /**
     * Fresh resources in scope for {@code operation}: called before its first request and again after
     * each request that changed state (a 2xx answer to a method other than GET), so every cell meets the
     * state the operation needs (a paused participant for {@code resume}, a proposed match for
     * {@code accept}).
     */
    Map<String, Object> own(Endpoint operation);

    /** Names of things that do not exist, for the unknown-id columns (a random UUID for an id). */
    Map<String, Object> unknown();

    /**
     * A valid request body for the operation given the values of this request, or null to generate one
     * from the schema's examples with the values put in by name. Non-JSON bodies (CSV) must come from here.
     */
    default Object body(Endpoint operation, Map<String, Object> values) {
        return null;
    }
}
