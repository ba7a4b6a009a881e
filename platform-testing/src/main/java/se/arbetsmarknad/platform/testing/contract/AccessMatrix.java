package se.arbetsmarknad.platform.testing.contract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Issue 14's access matrix: every operation of the service's OpenAPI document, called by every
 * {@link Caller}, must answer exactly the status its reviewed table ({@link AccessTable}, in the
 * service's test resources) expects; an operation the table does not list fails, so no endpoint ships
 * without its access rules, and a row for an operation that no longer exists fails too.
 *
 * <p>A service's test: {@code @QuarkusTest class AccessMatrixTest extends AccessMatrix} with its
 * {@link AccessFixture}. What a run observed is written to {@code target/access-matrix/observed.md}, in
 * the table's format, for the review of a change.
 */
public abstract class AccessMatrix {

    /** The service's test data. */
    protected abstract AccessFixture fixture();

    /** The table's classpath resource. */
    protected String table() {
        return "access-matrix.md";
    }

    @TestFactory
    Stream<DynamicNode> accessMatrix() {
        OpenApi api = OpenApi.load();
        AccessFixture fixture = fixture();
        AccessTable table = AccessTable.fromClasspath(table());
        Requests requests = new Requests(api, fixture);
        List<Endpoint> endpoints = api.endpoints();
        AccessFixture.Scope scope = fixture.scope();
        Map<Caller, String> tokens = new EnumMap<>(Caller.class);
        for (Caller c : Caller.values()) {
            tokens.put(c, c.token(scope));
        }
        Map<String, Map<Caller, String>> observed = new LinkedHashMap<>();
        List<DynamicNode> nodes = new ArrayList<>();
        nodes.add(DynamicTest.dynamicTest("the table lists exactly the document's operations", () -> {
            Set<String> inDocument = new TreeSet<>(endpoints.stream().map(Endpoint::key).toList());
            Set<String> unlisted = new TreeSet<>(inDocument);
            unlisted.removeAll(table.rows().keySet());
            Set<String> stale = new TreeSet<>(table.rows().keySet());
            stale.removeAll(inDocument);
            Assertions.assertTrue(unlisted.isEmpty() && stale.isEmpty(), () -> table.source() + ": "
                    + (unlisted.isEmpty() ? "" : "operations without access rules " + unlisted + "; ")
                    + (stale.isEmpty() ? "" : "rows for operations that do not exist " + stale));
        }));
        for (Endpoint op : endpoints) {
            // An unlisted operation fails the first test; its cells only observe, for observed.md.
            AccessTable.Row row = table.rows().get(op.key());
            Map<Caller, String> seen = observed.computeIfAbsent(op.key(), k -> new EnumMap<>(Caller.class));
            OperationState state = new OperationState(op, fixture);
            List<DynamicTest> cells = new ArrayList<>();
            for (Caller caller : Caller.values()) {
                AccessTable.Cell expected = row == null ? null : row.cells().get(caller);
                String defect = row == null ? "" : row.defect();
                cells.add(DynamicTest.dynamicTest(caller.column(),
                        () -> cell(op, caller, expected, defect, state, requests, tokens.get(caller), seen)));
            }
            nodes.add(DynamicContainer.dynamicContainer(op.key(), cells));
        }
        nodes.add(DynamicTest.dynamicTest("write target/access-matrix/observed.md", () -> {
            Map<String, String> defects = new HashMap<>();
            table.rows().forEach((k, r) -> defects.put(k, r.defect()));
            String body = "# Observed access (" + api.title() + ")\n\nWritten by the last run of AccessMatrix; "
                    + "the reviewed table is src/test/resources/" + table() + ".\n\n"
                    + AccessTable.render(new ArrayList<>(observed.keySet()),
                            (k, c) -> observed.get(k).getOrDefault(c, "?"), defects);
            Path out = Path.of("target", "access-matrix", "observed.md");
            try {
                Files.createDirectories(out.getParent());
                Files.writeString(out, body);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }));
        return nodes.stream();
    }

    /** Runs one cell, first noting in {@code seen} what the table would have to say. */
    private static void cell(Endpoint op, Caller caller, AccessTable.Cell expected, String defect,
            OperationState state, Requests requests, String token, Map<Caller, String> seen) {
        Map<String, Object> values = state.values(caller);
        boolean applies = !caller.unknownIds() || !state.unknownNames(requests).isEmpty();
        if (!applies) {
            seen.put(caller, "-");
            Assumptions.assumeTrue(expected != null, "not in the table");
            Assertions.assertNull(expected.status(), () -> op + " names no id, so its " + caller.column()
                    + " cell must be '-', not " + expected.render());
            return;
        }
        Requests.Request request = requests.build(op, values, token);
        Requests.Response response = requests.send(request);
        state.after(response);
        boolean matches = expected != null && expected.status() != null && response.status() == expected.status();
        seen.put(caller, response.status() + (expected != null && expected.knownDefect() && !matches ? "*" : ""));
        Assumptions.assumeTrue(expected != null, "not in the table");
        Assertions.assertNotNull(expected.status(), () -> op + " names " + state.unknownNames(requests)
                + ", so its " + caller.column() + " cell needs a status, not '-'");
        Assertions.assertTrue(response.status() < 500, () -> op + " as " + caller.column() + " answered a server error: "
                + response + "\n  request: " + request);
        if (response.status() >= 400) {
            Assertions.assertTrue(response.contentType().startsWith("application/problem+json"), () -> op + " as "
                    + caller.column() + ": an error must be application/problem+json, was " + response);
        }
        if (expected.knownDefect()) {
            Assertions.assertFalse(matches, () -> op + " as " + caller.column() + " now answers "
                    + response.status() + " as expected: known defect " + defect
                    + " is fixed, remove its '*' mark from the table");
            Assumptions.abort("known defect " + defect + ": expected " + expected.status() + ", answers " + response);
        }
        Assertions.assertEquals(expected.status(), response.status(), () -> op + " as " + caller.column()
                + ": expected " + expected.status() + ", answered " + response + "\n  request: " + request);
    }

    /** The fixture's values for one operation, renewed after every request that changed state. */
    static final class OperationState {
        private final Endpoint op;
        private final AccessFixture fixture;
        private final Map<String, Object> unknown;
        private Map<String, Object> own;
        private Set<String> unknownNames;

        OperationState(Endpoint op, AccessFixture fixture) {
            this.op = op;
            this.fixture = fixture;
            this.unknown = Map.copyOf(fixture.unknown()); // once: its random ids must be the same in every use
        }

        Map<String, Object> values(Caller caller) {
            if (own == null) {
                own = Map.copyOf(fixture.own(op));
            }
            if (!caller.unknownIds()) {
                return own;
            }
            Map<String, Object> merged = new HashMap<>(own);
            merged.putAll(unknown);
            return merged;
        }

        /** A request that succeeded may have moved the resources on (closed, exited): fresh ones next time. */
        void after(Requests.Response response) {
            if (!op.safe() && response.success()) {
                own = null;
            }
        }

        /**
         * What the unknown-id request names of the fixture's unknown values: its parameters of those names,
         * and body values equal to one (a fixture's own body may ignore them: then it names none).
         */
        Set<String> unknownNames(Requests requests) {
            if (unknownNames != null) {
                return unknownNames;
            }
            Set<String> names = new TreeSet<>();
            for (Endpoint.Parameter p : op.parameters()) {
                if (unknown.containsKey(p.name())) {
                    names.add(p.name());
                }
            }
            Requests.Request request = requests.build(op, values(Caller.ADMIN_UNKNOWN_ID), null);
            if (request.body() != null) {
                Map<String, String> byValue = new HashMap<>();
                unknown.forEach((name, value) -> {
                    if (value instanceof java.util.Collection<?> many) {
                        many.forEach(v -> byValue.put(String.valueOf(v), name));
                    } else {
                        byValue.put(String.valueOf(value), name);
                    }
                });
                JsonNode json = op.takesJson() ? parse(request.body()) : null;
                if (json != null) {
                    collect(json, byValue, names);
                } else {
                    String text = new String(request.body(), java.nio.charset.StandardCharsets.UTF_8);
                    byValue.forEach((value, name) -> {
                        if (text.contains(value)) {
                            names.add(name);
                        }
                    });
                }
            }
            unknownNames = names;
            return names;
        }

        private static JsonNode parse(byte[] body) {
            try {
                return new com.fasterxml.jackson.databind.ObjectMapper().readTree(body);
            } catch (java.io.IOException e) {
                return null;
            }
        }

        private static void collect(JsonNode node, Map<String, String> byValue, Set<String> names) {
            if (node.isValueNode()) {
                String name = byValue.get(node.asText());
                if (name != null) {
                    names.add(name);
                }
            }
            node.forEach(child -> collect(child, byValue, names));
        }
    }
}
