package se.arbetsmarknad.platform.events;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * The payload contracts of all event types: JSON Schemas under {@code contracts/} on the classpath,
 * one file per type ({@code contracts/participant.enrolled.schema.json}). Producers check every event
 * before it enters the outbox and consumers check every event before they apply it, so a contract
 * break is caught at the first write, not in another service's read model.
 */
@ApplicationScoped
public class EventContracts {

    private static final String LOCATION = "contracts/%s.schema.json";
    private final JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private final Map<String, Optional<JsonSchema>> schemas = new ConcurrentHashMap<>();

    /** The contract's classpath location, used as the CloudEvents {@code dataschema}. */
    public static String schemaLocation(String type) {
        return LOCATION.formatted(type);
    }

    public boolean isKnown(String type) {
        return schema(type).isPresent();
    }

    /**
     * @return the violations of {@code data} against the contract of {@code type}; empty when valid
     * @throws UnknownEventTypeException when no contract exists for the type
     */
    public Set<String> violations(String type, JsonNode data) {
        JsonSchema schema = schema(type).orElseThrow(() -> new UnknownEventTypeException(type));
        return schema.validate(data).stream()
                .map(ValidationMessage::getMessage)
                .collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    /**
     * The contract itself, as JSON.
     *
     * @throws UnknownEventTypeException when no contract exists for the type
     */
    public JsonNode schemaOf(String type) {
        return schema(type).orElseThrow(() -> new UnknownEventTypeException(type)).getSchemaNode();
    }

    /** Throws {@link ContractViolationException} naming every violation when {@code data} breaks the contract. */
    public void requireValid(String type, JsonNode data) {
        Set<String> violations = violations(type, data);
        if (!violations.isEmpty()) {
            throw new ContractViolationException(type, violations);
        }
    }

    private Optional<JsonSchema> schema(String type) {
        return schemas.computeIfAbsent(type, t -> {
            if (t == null || !t.matches("[a-z0-9-]+(\\.[a-z0-9-]+)+")) {
                return Optional.empty();
            }
            try (InputStream in = Thread.currentThread().getContextClassLoader()
                    .getResourceAsStream(schemaLocation(t))) {
                return in == null ? Optional.empty() : Optional.of(factory.getSchema(in));
            } catch (IOException e) {
                throw new IllegalStateException("Cannot read the contract of " + t, e);
            }
        });
    }

    public static class UnknownEventTypeException extends RuntimeException {
        public UnknownEventTypeException(String type) {
            super("No contract for event type '" + type + "'");
        }
    }

    public static class ContractViolationException extends RuntimeException {
        private final Set<String> violations;

        public ContractViolationException(String type, Set<String> violations) {
            super("Event '" + type + "' breaks its contract: " + String.join("; ", violations));
            this.violations = violations;
        }

        public Set<String> violations() {
            return violations;
        }
    }
}
