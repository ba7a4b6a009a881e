package se.arbetsmarknad.platform.testing.contract;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.restassured.RestAssured;

/**
 * Builds and sends the generated tests' requests: path, query and header parameters from the
 * fixture's values by name, a body from the fixture or from the schema's examples, the caller's
 * token. Plain {@link HttpClient}, so a fuzzed body reaches the server byte for byte as generated.
 */
public final class Requests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private final OpenApi api;
    private final SchemaSamples samples;
    private final AccessFixture fixture;

    public Requests(OpenApi api, AccessFixture fixture) {
        this.api = api;
        this.samples = new SchemaSamples(api);
        this.fixture = fixture;
    }

    /** A request ready to send; {@code body} is already the bytes on the wire. */
    public record Request(String method, String target, Map<String, String> headers, byte[] body) {
        public Request withBody(String mediaType, byte[] newBody) {
            Map<String, String> h = new LinkedHashMap<>(headers);
            h.put("Content-Type", mediaType);
            return new Request(method, target, h, newBody);
        }

        /** The same request with no body and no Content-Type at all, as a client that sends nothing does. */
        public Request withoutBody() {
            Map<String, String> h = new LinkedHashMap<>(headers);
            h.remove("Content-Type");
            return new Request(method, target, h, null);
        }

        public Request withToken(String token) {
            Map<String, String> h = new LinkedHashMap<>(headers);
            h.remove("Authorization");
            if (token != null) {
                h.put("Authorization", "Bearer " + token);
            }
            return new Request(method, target, h, body);
        }

        @Override
        public String toString() {
            String shown = body == null ? "" : " " + abbreviate(new String(body, StandardCharsets.UTF_8), 300);
            return method + " " + target + shown;
        }
    }

    public record Response(int status, String contentType, String body) {
        public boolean success() {
            return status >= 200 && status < 300;
        }

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                return null;
            }
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + abbreviate(body, 300);
        }
    }

    /** The request for {@code op} with these values, as {@code token}'s holder sends it. */
    public Request build(Endpoint op, Map<String, Object> values, String token) {
        String path = op.path();
        for (String name : op.pathVariables()) {
            Object value = values.get(name);
            if (value == null) {
                throw new IllegalStateException(op + ": the fixture has no value for path parameter '" + name + "'");
            }
            path = path.replace("{" + name + "}", URLEncoder.encode(String.valueOf(value), StandardCharsets.UTF_8)
                    .replace("+", "%20"));
        }
        StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
        for (Endpoint.Parameter p : op.in("query")) {
            Object value = values.get(p.name());
            if (value == null && p.required()) {
                value = plain(samples.sample(p.schema(), false));
            }
            if (value instanceof Collection<?> many) {
                value = String.join(",", many.stream().map(String::valueOf).toList());
            }
            if (value != null) {
                query.add(URLEncoder.encode(p.name(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(String.valueOf(value), StandardCharsets.UTF_8));
            }
        }
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept", "application/json, application/problem+json;q=0.9, */*;q=0.8");
        for (Endpoint.Parameter p : op.in("header")) {
            Object value = values.get(p.name());
            if (value == null && p.name().equalsIgnoreCase("If-Match")) {
                value = "*"; // any version: the matrix asks who may edit, not whether they read first
            }
            if (value != null) {
                headers.put(p.name(), String.valueOf(value));
            }
        }
        byte[] body = null;
        if (op.mediaType() != null) {
            Object given = fixture.body(op, values);
            if (given == null) {
                if (!op.takesJson()) {
                    throw new IllegalStateException(op + " takes " + op.mediaType() + ": the fixture must give its body");
                }
                given = validJson(op, values);
            }
            body = given instanceof byte[] bytes ? bytes
                    : given instanceof String s ? s.getBytes(StandardCharsets.UTF_8)
                    : json(given).getBytes(StandardCharsets.UTF_8);
            headers.put("Content-Type", op.mediaType());
        }
        return new Request(op.method(), path + query, headers, body).withToken(token);
    }

    /** The schema's minimal valid body with the fixture's values put in by property name. */
    public JsonNode validJson(Endpoint op, Map<String, Object> values) {
        JsonNode body = samples.sample(op.bodySchema(), false);
        put(body, values);
        return body;
    }

    /** Puts each value into every property of that name, at any depth. */
    static void put(JsonNode node, Map<String, Object> values) {
        if (node instanceof ObjectNode object) {
            for (var it = object.fields(); it.hasNext();) {
                var field = it.next();
                if (values.containsKey(field.getKey()) && !field.getValue().isContainerNode()) {
                    field.setValue(JSON.valueToTree(values.get(field.getKey())));
                } else {
                    put(field.getValue(), values);
                }
            }
        } else if (node != null && node.isArray()) {
            node.forEach(child -> put(child, values));
        }
    }

    public Response send(Request request) {
        HttpRequest.BodyPublisher publisher = request.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(request.body());
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl() + request.target()))
                .timeout(Duration.ofSeconds(30))
                .method(request.method(), publisher);
        request.headers().forEach(builder::header);
        try {
            HttpResponse<String> r = HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.target() + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static String json(Object value) {
        try {
            return value instanceof JsonNode node ? JSON.writeValueAsString(node) : JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String baseUrl() {
        String base = RestAssured.baseURI == null ? "http://localhost" : RestAssured.baseURI;
        String basePath = RestAssured.basePath == null ? "" : RestAssured.basePath.replaceAll("/$", "");
        return base + ":" + RestAssured.port + basePath;
    }

    private static Object plain(JsonNode node) {
        return node.isTextual() ? node.asText() : node.toString();
    }

    static String abbreviate(String s, int max) {
        if (s == null) {
            return "";
        }
        String flat = s.replaceAll("\\s+", " ");
        return flat.length() <= max ? flat : flat.substring(0, max) + "…(" + s.length() + " chars)";
    }
}
