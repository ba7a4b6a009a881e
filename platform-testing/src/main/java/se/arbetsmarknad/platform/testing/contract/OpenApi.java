package se.arbetsmarknad.platform.testing.contract;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The running application's own OpenAPI document ({@code /q/openapi}), read the way a client reads it:
 * every operation with its parameters and request body, and schemas with their {@code $ref}s resolved.
 */
public final class OpenApi {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    private final JsonNode document;

    public OpenApi(JsonNode document) {
        this.document = document;
    }

    /** The document of the Quarkus application under test (RestAssured already points at it). */
    public static OpenApi load() {
        String body = given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200)
                .extract().asString();
        try {
            return new OpenApi(JSON.readTree(body));
        } catch (Exception e) {
            throw new IllegalStateException("/q/openapi is not JSON", e);
        }
    }

    public JsonNode document() {
        return document;
    }

    public String title() {
        return document.path("info").path("title").asText();
    }

    /** Every operation, ordered by path and method so reports and tables read in the same order. */
    public List<Endpoint> endpoints() {
        List<Endpoint> all = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext();) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (METHODS.contains(op.getKey())) {
                    all.add(endpoint(op.getKey().toUpperCase(), path.getKey(), path.getValue(), op.getValue()));
                }
            }
        }
        all.sort(Comparator.comparing(Endpoint::path).thenComparing(Endpoint::method));
        return all;
    }

    private Endpoint endpoint(String method, String path, JsonNode pathItem, JsonNode op) {
        List<Endpoint.Parameter> parameters = new ArrayList<>();
        for (JsonNode list : List.of(pathItem.path("parameters"), op.path("parameters"))) {
            for (JsonNode p : list) {
                JsonNode param = resolve(p);
                parameters.add(new Endpoint.Parameter(param.path("in").asText(), param.path("name").asText(),
                        param.path("required").asBoolean(false), resolve(param.path("schema"))));
            }
        }
        JsonNode content = op.path("requestBody").path("content");
        String mediaType = null;
        JsonNode schema = null;
        if (content.isObject() && content.size() > 0) {
            // JSON first when an operation takes several types: that is what the generated bodies are.
            mediaType = content.has("application/json") ? "application/json" : content.fieldNames().next();
            schema = content.path(mediaType).path("schema");
        }
        return new Endpoint(method, path, List.copyOf(parameters), mediaType, schema,
                op.path("requestBody").path("required").asBoolean(false));
    }

    /**
     * The schema with its {@code $ref} followed; keywords beside a {@code $ref} (SmallRye puts
     * {@code examples} and {@code description} there) win over the referenced schema's, and
     * {@code allOf} parts are merged.
     */
    public JsonNode resolve(JsonNode schema) {
        if (schema == null || schema.isMissingNode() || !schema.isObject()) {
            return schema;
        }
        ObjectNode merged = JSON.createObjectNode();
        if (schema.has("$ref")) {
            merged.setAll((ObjectNode) resolve(pointer(schema.path("$ref").asText())));
        }
        for (JsonNode part : schema.path("allOf")) {
            JsonNode resolved = resolve(part);
            if (resolved.isObject()) {
                mergeInto(merged, (ObjectNode) resolved);
            }
        }
        schema.fields().forEachRemaining(f -> {
            if (!f.getKey().equals("$ref") && !f.getKey().equals("allOf")) {
                merged.set(f.getKey(), f.getValue());
            }
        });
        return merged;
    }

    private static void mergeInto(ObjectNode target, ObjectNode part) {
        part.fields().forEachRemaining(f -> {
            if (f.getKey().equals("properties") && target.has("properties")) {
                ((ObjectNode) target.get("properties")).setAll((ObjectNode) f.getValue());
            } else if (f.getKey().equals("required") && target.has("required")) {
                ((com.fasterxml.jackson.databind.node.ArrayNode) target.get("required")).addAll(
                        (com.fasterxml.jackson.databind.node.ArrayNode) f.getValue());
            } else {
                target.set(f.getKey(), f.getValue());
            }
        });
    }

    private JsonNode pointer(String ref) {
        if (!ref.startsWith("#")) {
            throw new IllegalArgumentException("only local references are supported: " + ref);
        }
        JsonNode target = document.at(ref.substring(1));
        if (target.isMissingNode()) {
            throw new IllegalArgumentException("dangling reference " + ref);
        }
        return target;
    }
}
