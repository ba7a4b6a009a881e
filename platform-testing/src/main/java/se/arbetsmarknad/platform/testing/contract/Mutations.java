package se.arbetsmarknad.platform.testing.contract;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Bodies generated from an operation's schema and a valid body: wrong types, missing and extra fields,
 * boundaries, empty and huge strings, unicode and control characters, deep nesting, injection strings
 * and malformed JSON. Every body comes from a seeded random source, so a sample is reproduced by its seed.
 */
public final class Mutations {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** What was done, for the report: kind, JSON path, and the bytes sent. */
    public record Mutation(String kind, String path, byte[] body) {
        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    static final List<String> STRANGE = List.of(
            "", " ", "\t\n", "\u0000", "a\u0000b", "\u0001\u0002\u001f\u007f", "\u200b\u200d\ufeff",
            "\u202egnirts\u202c", "e\u0301\u0301\u0301", "😀👩‍👩‍👧‍👦", "Åsa Öberg-Ärlig", "\uffff", "\ud800", "\udc00x",
            "' OR '1'='1", "1; drop table participant; --", "\"; select pg_sleep(5); --", "<script>alert(1)</script>",
            "${jndi:ldap://127.0.0.1/x}", "#{7*7}", "{{7*7}}", "../../../../etc/passwd", "%00%0d%0a", "=HYPERLINK(\"x\")",
            "+1+1", "-1+1", "@SUM(1)", "null", "true", "0", "-0", "NaN", "1e309", "\\u0000", "\r\n\r\nX-Injected: 1");
    static final List<String> MALFORMED = List.of(
            "", "{", "}", "[", "{\"a\":", "{\"a\" 1}", "{'a': 1}", "{\"a\":1,}", "[1,]", "{\"a\":NaN}",
            "{\"a\":Infinity}", "/* c */ {}", "{} {}", "{}garbage", "nul", "tru", "\"unterminated", "{\"a\":\"\\x\"}",
            "{\"a\":\"\\uZZZZ\"}", "\ufeff{}", "{\"a\":01}", "{\"a\":1.}", "{\"a\":.5}", "{\"a\":+1}", "{\"a\":-}");

    private final OpenApi api;
    private final JsonNode schema;
    private final JsonNode valid;
    private final List<String> paths;

    /** @param valid a body the operation accepts: the starting point of every mutation */
    public Mutations(OpenApi api, JsonNode schema, JsonNode valid) {
        this.api = api;
        this.schema = schema;
        this.valid = valid;
        this.paths = new ArrayList<>();
        collectPaths(schema, "", 0, paths);
    }

    public Mutation next(SplittableRandom rnd) {
        int choice = rnd.nextInt(100);
        if (choice < 6) {
            return raw("malformed", MALFORMED.get(rnd.nextInt(MALFORMED.size())).getBytes(StandardCharsets.UTF_8));
        }
        if (choice < 8) {
            return raw("invalid-utf8", invalidUtf8(rnd));
        }
        if (choice < 11) {
            return deep(rnd);
        }
        if (choice < 14) {
            JsonNode[] roots = {NODES.arrayNode().add(valid.deepCopy()), NODES.textNode("x"), NODES.numberNode(1),
                    NODES.nullNode(), NODES.booleanNode(true), NODES.objectNode()};
            return json("root-type", "$", roots[rnd.nextInt(roots.length)]);
        }
        if (paths.isEmpty()) {
            return json("extra-field", "$", extra(valid.deepCopy(), rnd));
        }
        String path = paths.get(rnd.nextInt(paths.size()));
        JsonNode propertySchema = api.resolve(schemaAt(path));
        JsonNode body = valid.deepCopy();
        String kind;
        JsonNode value;
        if (choice < 30) {
            kind = "wrong-type";
            value = wrongType(propertySchema, rnd);
        } else if (choice < 40) {
            kind = "missing";
            if (!remove(body, path)) {
                return json("extra-field", path, extra(body, rnd));
            }
            return json(kind, path, body);
        } else if (choice < 48) {
            return json("extra-field", path, extra(body, rnd));
        } else if (choice < 65) {
            kind = "boundary";
            value = boundary(propertySchema, rnd);
        } else if (choice < 72) {
            kind = "huge";
            int n = rnd.nextInt(10) == 0 ? 1_000_000 : 5_000 + rnd.nextInt(100_000);
            value = NODES.textNode("å".repeat(n));
        } else if (choice < 92) {
            kind = "strange-string";
            value = NODES.textNode(STRANGE.get(rnd.nextInt(STRANGE.size())));
        } else {
            kind = "null";
            value = NODES.nullNode();
        }
        set(body, path, value);
        return json(kind, path, body);
    }

    private static Mutation raw(String kind, byte[] bytes) {
        return new Mutation(kind, "$", bytes);
    }

    private static Mutation json(String kind, String path, JsonNode body) {
        return new Mutation(kind, path, Requests.json(body).getBytes(StandardCharsets.UTF_8));
    }

    private Mutation deep(SplittableRandom rnd) {
        int depth = 200 + rnd.nextInt(5000);
        boolean arrays = rnd.nextBoolean();
        StringBuilder s = new StringBuilder();
        s.append(arrays ? "[".repeat(depth) : "{\"a\":".repeat(depth));
        s.append("1");
        s.append(arrays ? "]".repeat(depth) : "}".repeat(depth));
        if (!paths.isEmpty() && rnd.nextBoolean()) {
            // nested inside a real property rather than as the whole body
            String path = paths.get(rnd.nextInt(paths.size()));
            String marker = "\"__deep__\"";
            JsonNode body = valid.deepCopy();
            set(body, path, NODES.textNode("__deep__"));
            String text = Requests.json(body).replace(marker, s.toString());
            return new Mutation("deep-nesting", path, text.getBytes(StandardCharsets.UTF_8));
        }
        return raw("deep-nesting", s.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] invalidUtf8(SplittableRandom rnd) {
        byte[][] bad = {{(byte) 0xC3, 0x28}, {(byte) 0xE2, (byte) 0x82}, {(byte) 0xFF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}};
        byte[] b = bad[rnd.nextInt(bad.length)];
        byte[] prefix = "{\"x\":\"".getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[prefix.length + b.length + 2];
        System.arraycopy(prefix, 0, out, 0, prefix.length);
        System.arraycopy(b, 0, out, prefix.length, b.length);
        out[out.length - 2] = '"';
        out[out.length - 1] = '}';
        return out;
    }

    private JsonNode wrongType(JsonNode s, SplittableRandom rnd) {
        String type = SchemaSamples.type(s);
        List<JsonNode> others = new ArrayList<>();
        if (!type.equals("string")) {
            others.add(NODES.textNode("12"));
            others.add(NODES.textNode("abc"));
        }
        if (!type.equals("integer") && !type.equals("number")) {
            others.add(NODES.numberNode(20261201));
            others.add(NODES.numberNode(1.5));
        }
        if (type.equals("integer")) {
            others.add(NODES.numberNode(1.5));
            others.add(NODES.numberNode(new java.math.BigDecimal("1e2")));
        }
        if (!type.equals("boolean")) {
            others.add(NODES.booleanNode(true));
        }
        if (!type.equals("object")) {
            others.add(NODES.objectNode().put("a", 1));
        }
        if (!type.equals("array")) {
            others.add(NODES.arrayNode().add("a"));
        }
        return others.get(rnd.nextInt(others.size()));
    }

    private JsonNode boundary(JsonNode s, SplittableRandom rnd) {
        String type = SchemaSamples.type(s);
        List<JsonNode> values = new ArrayList<>();
        switch (type) {
            case "integer", "number" -> {
                if (s.has("minimum")) {
                    values.add(NODES.numberNode(s.get("minimum").decimalValue().subtract(java.math.BigDecimal.ONE)));
                    values.add(NODES.numberNode(s.get("minimum").decimalValue()));
                }
                if (s.has("maximum")) {
                    values.add(NODES.numberNode(s.get("maximum").decimalValue().add(java.math.BigDecimal.ONE)));
                    values.add(NODES.numberNode(s.get("maximum").decimalValue()));
                }
                for (String v : List.of("0", "-1", "2147483648", "-2147483649", "9223372036854775808", "1e308", "-1e308",
                        "1e-320", "123456789012345678901234567890")) {
                    values.add(NODES.numberNode(new java.math.BigDecimal(v)));
                }
            }
            case "array" -> {
                int n = s.has("maxItems") ? s.get("maxItems").asInt() + 1 : 10_001;
                ArrayNode many = NODES.arrayNode();
                JsonNode item = s.has("items") ? new SchemaSamples(api).sample(s.get("items"), false) : NODES.textNode("x");
                for (int i = 0; i < Math.min(n, 20_000); i++) {
                    many.add(item.deepCopy());
                }
                values.add(many);
                values.add(NODES.arrayNode());
                values.add(NODES.arrayNode().addNull());
            }
            case "object" -> values.add(NODES.objectNode());
            default -> {
                if (s.has("maxLength")) {
                    values.add(NODES.textNode("x".repeat(s.get("maxLength").asInt())));
                    values.add(NODES.textNode("x".repeat(s.get("maxLength").asInt() + 1)));
                }
                if (s.has("minLength") && s.get("minLength").asInt() > 0) {
                    values.add(NODES.textNode("x".repeat(s.get("minLength").asInt() - 1)));
                }
                values.add(NODES.textNode(""));
                values.add(NODES.textNode("0000-00-00"));
                values.add(NODES.textNode("2026-02-30"));
                values.add(NODES.textNode("99999-01-01"));
                values.add(NODES.textNode("-0001-01-01"));
                values.add(NODES.textNode("00000000-0000-0000-0000-00000000000g"));
            }
        }
        return values.get(rnd.nextInt(values.size()));
    }

    private static JsonNode extra(JsonNode body, SplittableRandom rnd) {
        List<ObjectNode> objects = new ArrayList<>();
        collectObjects(body, objects);
        if (objects.isEmpty()) {
            return body;
        }
        ObjectNode target = objects.get(rnd.nextInt(objects.size()));
        target.put(rnd.nextBoolean() ? "unknownField" : "__proto__", "x");
        return body;
    }

    private static void collectObjects(JsonNode node, List<ObjectNode> out) {
        if (node instanceof ObjectNode o) {
            out.add(o);
        }
        node.forEach(child -> collectObjects(child, out));
    }

    /** JSON paths of every property the schema declares (a.b, a[].b), optional ones too. */
    private void collectPaths(JsonNode raw, String prefix, int depth, List<String> out) {
        JsonNode s = api.resolve(raw);
        if (s == null || !s.isObject() || depth > 6) {
            return;
        }
        if (s.has("properties")) {
            Set<String> seen = new HashSet<>();
            s.get("properties").fields().forEachRemaining(p -> {
                if (seen.add(p.getKey())) {
                    String path = prefix.isEmpty() ? p.getKey() : prefix + "." + p.getKey();
                    out.add(path);
                    collectPaths(p.getValue(), path, depth + 1, out);
                }
            });
        } else if (s.has("items")) {
            collectPaths(s.get("items"), prefix + "[]", depth + 1, out);
        }
    }

    private JsonNode schemaAt(String path) {
        JsonNode s = schema;
        for (String part : path.split("\\.")) {
            boolean array = part.endsWith("[]");
            String name = array ? part.substring(0, part.length() - 2) : part;
            s = api.resolve(s);
            if (!name.isEmpty()) {
                s = api.resolve(s.path("properties").path(name));
            }
            while (array) {
                s = api.resolve(s.path("items"));
                array = false;
            }
        }
        return s;
    }

    /** Sets the value at the path, creating objects and a first array element on the way. */
    static void set(JsonNode body, String path, JsonNode value) {
        JsonNode node = body;
        String[] parts = path.split("\\.");
        for (int i = 0; i < parts.length; i++) {
            boolean last = i == parts.length - 1;
            String part = parts[i];
            boolean array = part.endsWith("[]");
            String name = array ? part.substring(0, part.length() - 2) : part;
            if (!(node instanceof ObjectNode object)) {
                return;
            }
            if (!array) {
                if (last) {
                    object.set(name, value);
                    return;
                }
                if (!object.path(name).isObject()) {
                    object.set(name, NODES.objectNode());
                }
                node = object.get(name);
            } else {
                if (!object.path(name).isArray()) {
                    object.set(name, NODES.arrayNode());
                }
                ArrayNode items = (ArrayNode) object.get(name);
                if (last) {
                    items.insert(0, value);
                    return;
                }
                if (items.isEmpty() || !items.get(0).isObject()) {
                    items.insert(0, NODES.objectNode());
                }
                node = items.get(0);
            }
        }
    }

    /** Removes the property at the path; false when the body does not have it. */
    static boolean remove(JsonNode body, String path) {
        JsonNode node = body;
        String[] parts = path.split("\\.");
        for (int i = 0; i < parts.length - 1; i++) {
            String part = parts[i];
            boolean array = part.endsWith("[]");
            node = node.path(array ? part.substring(0, part.length() - 2) : part);
            if (array) {
                node = node.path(0);
            }
        }
        String lastPart = parts[parts.length - 1];
        if (lastPart.endsWith("[]") || !(node instanceof ObjectNode o) || !o.has(lastPart)) {
            return false;
        }
        o.remove(lastPart);
        return true;
    }
}
