package se.arbetsmarknad.platform.testing.contract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One operation of the OpenAPI document: {@code method} and {@code path} template, its parameters and
 * the request body it takes (media type and schema, both null when it takes none).
 */
public record Endpoint(String method, String path, List<Parameter> parameters, String mediaType,
        JsonNode bodySchema, boolean bodyRequired) {

    private static final Pattern TEMPLATE = Pattern.compile("\\{([^}]+)}");

    public record Parameter(String in, String name, boolean required, JsonNode schema) {
    }

    /** How the access tables name the operation: {@code "POST /api/placements/{id}/close"}. */
    public String key() {
        return method + " " + path;
    }

    /** GET and HEAD change nothing; every other method may. */
    public boolean safe() {
        return method.equals("GET") || method.equals("HEAD");
    }

    public boolean takesJson() {
        return mediaType != null && (mediaType.equals("application/json") || mediaType.endsWith("+json"));
    }

    public List<Parameter> in(String where) {
        return parameters.stream().filter(p -> p.in().equals(where)).toList();
    }

    /**
     * The path up to its first path parameter ({@code /api/plans/{id}} of {@code /api/plans/{id}/status}):
     * operations with the same resource can read the same fixture.
     */
    public String resource() {
        int brace = path.indexOf('}');
        return brace < 0 ? path : path.substring(0, brace + 1);
    }

    /** The path parameter names in template order. */
    public List<String> pathVariables() {
        Matcher m = TEMPLATE.matcher(path);
        List<String> names = new java.util.ArrayList<>();
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    @Override
    public String toString() {
        return key();
    }
}
