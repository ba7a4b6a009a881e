package se.arbetsmarknad.platform.testing.contract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;

/**
 * Issue 14's fuzzing: for every operation with a JSON body (POST, PUT, PATCH), bodies generated from its
 * schema ({@link Mutations}) are sent as a caller the access table allows. Whatever the body, the
 * answer is never a server error; every error is {@code application/problem+json} and a 400 names the
 * field ({@code errors[].field}); a refused request leaves every table's row count, the outbox's
 * included, as it was; and a body that breaks the operation's own published schema is not accepted.
 *
 * <p>{@code -Dfuzz.samples=N} (per service, default 300) and {@code -Dfuzz.seed=S} (default 14) set the
 * run; a failure names its seed and sample, so it is reproduced exactly. {@code ./suite fuzz} runs
 * 10 000 per service. A summary is written to {@code target/fuzz/summary.md}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BodyFuzzing {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int SHOWN_FAILURES = 8;
    /** Callers tried in this order: the first the table lets through is the one who fuzzes. */
    private static final List<Caller> WRITERS = List.of(Caller.ADMIN, Caller.CASE_OFFICER, Caller.MANAGER,
            Caller.PLACEMENT_PROVIDER);

    private final Map<Integer, AtomicLong> statuses = new TreeMap<>();
    private final List<String> summary = new ArrayList<>();
    private final AtomicLong sent = new AtomicLong();
    private long failures;
    private RowCounts counts;

    protected abstract AccessFixture fixture();

    protected String table() {
        return "access-matrix.md";
    }

    @TestFactory
    Stream<DynamicNode> fuzz() {
        OpenApi api = OpenApi.load();
        AccessFixture fixture = fixture();
        AccessTable table = AccessTable.fromClasspath(table());
        Requests requests = new Requests(api, fixture);
        int total = Integer.getInteger("fuzz.samples", 300);
        long seed = Long.getLong("fuzz.seed", 14);
        List<Endpoint> targets = api.endpoints().stream()
                .filter(e -> e.takesJson() && !e.safe() && table.rows().containsKey(e.key())).toList();
        int perOperation = Math.max(1, (int) Math.ceil((double) total / Math.max(1, targets.size())));
        AccessFixture.Scope scope = fixture.scope();
        counts = new RowCounts();
        List<DynamicNode> tests = new ArrayList<>();
        for (Endpoint op : targets) {
            Caller writer = WRITERS.stream().filter(c -> {
                Integer s = table.rows().get(op.key()).cells().get(c).status();
                return s != null && s >= 200 && s < 300;
            }).findFirst().orElse(null);
            if (writer == null) {
                summary.add("| `" + op.key() + "` | no caller may write | 0 | |");
                continue;
            }
            tests.add(DynamicTest.dynamicTest(op.key() + " × " + perOperation + " as " + writer.column(), () ->
                    fuzzOperation(op, writer.token(scope), perOperation, seed, api, fixture, requests, counts)));
        }
        tests.add(DynamicTest.dynamicTest("write target/fuzz/summary.md", () -> writeSummary(api.title(), seed, total)));
        return tests.stream();
    }

    private void fuzzOperation(Endpoint op, String token, int samples, long seed, OpenApi api, AccessFixture fixture,
            Requests requests, RowCounts counts) {
        JsonSchema contract = contract(api, op);
        Map<String, Object> values = fixture.own(op);
        List<String> problems = new ArrayList<>();
        Map<Integer, Integer> seen = new TreeMap<>();
        Map<String, Long> before = counts.quiet(10);
        for (int i = 0; i < samples; i++) {
            SplittableRandom rnd = new SplittableRandom(seed * 1_000_003L + op.key().hashCode() * 7919L + i);
            Requests.Request valid = requests.build(op, values, token);
            JsonNode validBody = parse(valid.body());
            Mutations.Mutation m = new Mutations(api, op.bodySchema(), validBody).next(rnd);
            Requests.Request request = valid.withBody(op.mediaType(), m.body());
            String where = "sample " + i + " (seed " + seed + ", " + m.kind() + " at " + m.path() + ")";
            if (m.body().length == 0 && i % 2 == 1) {
                // every other empty body is no body at all: no entity and no Content-Type (platform's AbsentBody)
                request = valid.withoutBody();
                where = where.replace("malformed", "no body");
            }
            Requests.Response response;
            try {
                response = requests.send(request);
            } catch (IllegalStateException e) {
                problems.add(where + ": no answer (" + e.getCause() + ")\n      body " + Requests.abbreviate(m.text(), 200));
                statuses.computeIfAbsent(0, s -> new AtomicLong()).incrementAndGet();
                continue;
            }
            sent.incrementAndGet();
            statuses.computeIfAbsent(response.status(), s -> new AtomicLong()).incrementAndGet();
            seen.merge(response.status(), 1, Integer::sum);
            String problem = check(op, response, m, contract);
            if (problem == null && !response.success()) {
                Map<String, Long> after = counts.snapshot();
                if (!after.equals(before)) {
                    // Someone else may have written meanwhile (a consumer, a job): the same request again, quietly.
                    before = counts.quiet(10);
                    Requests.Response again = requests.send(request);
                    after = counts.snapshot();
                    if (!again.success() && !after.equals(before)) {
                        problem = "refused with " + again.status() + " but wrote: " + RowCounts.difference(before, after);
                    }
                    before = after;
                }
            }
            if (problem != null) {
                problems.add(where + ": " + problem + "\n      body " + Requests.abbreviate(m.text(), 200)
                        + "\n      answer " + response);
            }
            if (response.success()) {
                values = fixture.own(op); // it changed state: the next sample starts from fresh resources
                before = counts.quiet(10);
            }
        }
        failures += problems.size();
        summary.add("| `" + op.key() + "` | " + samples + " | " + seen + " | " + problems.size() + " |");
        Assertions.assertTrue(problems.isEmpty(), () -> op + ": " + problems.size() + " of " + samples
                + " samples broke a rule:\n  " + String.join("\n  ", problems.subList(0, Math.min(SHOWN_FAILURES, problems.size())))
                + (problems.size() > SHOWN_FAILURES ? "\n  …" : ""));
    }

    /** The rules every answer keeps; null when it keeps them. */
    private static String check(Endpoint op, Requests.Response response, Mutations.Mutation m, JsonSchema contract) {
        if (response.status() >= 500) {
            return "server error " + response.status();
        }
        if (response.success()) {
            JsonNode sent = parse(m.body());
            if (sent == null && m.body().length > 0) {
                return "accepted a body that is not JSON";
            }
            if (sent == null || sent.isMissingNode() || sent.isNull()) {
                // no body: fine where the operation's body is optional
                return op.bodyRequired() ? "accepted a request without a (JSON) body, which it requires" : null;
            }
            withoutNulls(sent); // a property set to null is read as absent: only a required one must be refused
            var violations = contract == null ? java.util.Set.of() : contract.validate(sent);
            if (!violations.isEmpty()) {
                return "accepted a body its own schema refuses: " + violations;
            }
            return null;
        }
        if (!response.contentType().startsWith("application/problem+json")) {
            return "error answered as " + response.contentType() + ", not application/problem+json";
        }
        JsonNode problem = response.json();
        if (problem == null || problem.path("status").asInt() != response.status()) {
            return "the problem's status does not match the answer's";
        }
        if (response.status() == 400) {
            JsonNode errors = problem.path("errors");
            if (!errors.isArray() || errors.isEmpty()) {
                return "a 400 that names no field (errors[] is empty)";
            }
            for (JsonNode e : errors) {
                if (e.path("field").asText("").isBlank()) {
                    return "a 400 with an error that names no field";
                }
            }
        }
        return null;
    }

    /** The operation's body schema with the document's components, as a JSON Schema 2020-12 validator. */
    private static JsonSchema contract(OpenApi api, Endpoint op) {
        if (op.bodySchema() == null) {
            return null;
        }
        ObjectNode root = op.bodySchema().deepCopy();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.set("components", api.document().path("components"));
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(root, config);
    }

    private static void withoutNulls(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.properties().removeIf(p -> p.getValue().isNull());
        }
        node.forEach(BodyFuzzing::withoutNulls);
    }

    private static JsonNode parse(byte[] body) {
        try {
            return body == null ? null : JSON.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }

    private void writeSummary(String service, long seed, int total) {
        StringBuilder out = new StringBuilder("# Fuzzing " + service + "\n\n");
        out.append("Seed ").append(seed).append(", ").append(total).append(" samples asked, ").append(sent.get())
                .append(" requests sent; answers by status ").append(statuses).append("; server errors: ")
                .append(statuses.entrySet().stream().filter(e -> e.getKey() >= 500).mapToLong(e -> e.getValue().get()).sum())
                .append("; samples that broke a rule: ").append(failures).append(".\n\n")
                .append("| operation | samples | answers | broke a rule |\n|---|---|---|---|\n");
        summary.forEach(line -> out.append(line).append('\n'));
        Path file = Path.of("target", "fuzz", "summary.md");
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, out.toString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        System.out.println(out);
    }

    @AfterAll
    void close() {
        if (counts != null) {
            counts.close();
        }
    }
}
