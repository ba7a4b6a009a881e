package se.arbetsmarknad.platform.testing.contract;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import se.arbetsmarknad.platform.time.SuiteClock;

/**
 * A value the schema itself describes as valid: the contract's own {@code examples} first, then its
 * {@code enum}, {@code format} and bounds. {@code full} fills optional properties too (the fuzzer's
 * starting point); otherwise only required ones (the access matrix's minimal body).
 */
public final class SchemaSamples {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int MAX_DEPTH = 8;

    private final OpenApi api;

    public SchemaSamples(OpenApi api) {
        this.api = api;
    }

    public JsonNode sample(JsonNode schema, boolean full) {
        return sample(schema, full, 0);
    }

    private JsonNode sample(JsonNode raw, boolean full, int depth) {
        JsonNode schema = api.resolve(raw);
        if (schema == null || schema.isMissingNode() || !schema.isObject()) {
            return NODES.textNode("x");
        }
        if (schema.path("format").asText().equals("date") && !schema.has("enum")) {
            return NODES.textNode(LocalDate.now(clock()).toString()); // an example's date grows old
        }
        if (schema.path("examples").isArray() && schema.path("examples").size() > 0) {
            return schema.path("examples").get(0).deepCopy();
        }
        if (schema.has("example")) {
            return schema.get("example").deepCopy();
        }
        if (schema.has("default")) {
            return schema.get("default").deepCopy();
        }
        if (schema.path("enum").isArray() && schema.path("enum").size() > 0) {
            return schema.path("enum").get(0).deepCopy();
        }
        if (schema.has("const")) {
            return schema.get("const").deepCopy();
        }
        JsonNode oneOf = schema.has("oneOf") ? schema.get("oneOf") : schema.get("anyOf");
        if (oneOf != null && oneOf.size() > 0) {
            return sample(oneOf.get(0), full, depth);
        }
        switch (type(schema)) {
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                if (depth >= MAX_DEPTH) {
                    return object;
                }
                Set<String> required = new HashSet<>();
                schema.path("required").forEach(r -> required.add(r.asText()));
                schema.path("properties").fields().forEachRemaining(p -> {
                    if (full || required.contains(p.getKey())) {
                        object.set(p.getKey(), sample(p.getValue(), full, depth + 1));
                    }
                });
                return object;
            }
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                int n = Math.max(schema.path("minItems").asInt(0), full && depth < MAX_DEPTH ? 1 : 0);
                for (int i = 0; i < n; i++) {
                    array.add(sample(schema.path("items"), full, depth + 1));
                }
                return array;
            }
            case "integer" -> {
                return NODES.numberNode(number(schema).longValue());
            }
            case "number" -> {
                return NODES.numberNode(number(schema));
            }
            case "boolean" -> {
                return NODES.booleanNode(false);
            }
            default -> {
                return NODES.textNode(string(schema));
            }
        }
    }

    /** The declared type, or the one implied by the keywords present. */
    public static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!t.asText().equals("null")) {
                    return t.asText();
                }
            }
        }
        if (type.isTextual()) {
            return type.asText();
        }
        if (schema.has("properties")) {
            return "object";
        }
        if (schema.has("items")) {
            return "array";
        }
        return "string";
    }

    private static java.math.BigDecimal number(JsonNode schema) {
        java.math.BigDecimal value = java.math.BigDecimal.ONE;
        if (schema.has("minimum")) {
            value = schema.get("minimum").decimalValue().max(value);
        }
        if (schema.has("exclusiveMinimum") && schema.get("exclusiveMinimum").isNumber()) {
            value = schema.get("exclusiveMinimum").decimalValue().add(java.math.BigDecimal.ONE).max(value);
        }
        if (schema.has("maximum")) {
            value = schema.get("maximum").decimalValue().min(value);
        }
        return value;
    }

    /** "Today" as the application under test sees it (a test may pin its clock), else the suite's clock. */
    private static Clock clock() {
        if (Arc.container() != null) {
            try (InstanceHandle<Clock> clock = Arc.container().instance(Clock.class)) {
                if (clock.isAvailable()) {
                    return clock.get();
                }
            }
        }
        return SuiteClock.system();
    }

    private static String string(JsonNode schema) {
        String format = schema.path("format").asText("");
        switch (format) {
            case "date" -> {
                return LocalDate.now(clock()).toString();
            }
            case "date-time" -> {
                return OffsetDateTime.now(clock()).toString();
            }
            case "uuid" -> {
                return "00000000-0000-4000-8000-000000000000"; // the same every time: samples are deterministic
            }
            case "email" -> {
                return "test@example.se";
            }
            default -> {
                int min = Math.max(1, schema.path("minLength").asInt(1));
                int max = schema.path("maxLength").asInt(Integer.MAX_VALUE);
                return "x".repeat(Math.min(min, max));
            }
        }
    }
}
