package se.arbetsmarknad.reporting.readmodel;

import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import se.arbetsmarknad.platform.events.EventJson.MalformedEventException;

/** Field access on contract-checked payloads; a missing required field is a broken event (dead letter). */
final class Payload {

    private Payload() {
    }

    static String text(JsonNode data, String field) {
        JsonNode n = data.path(field);
        if (n.isMissingNode() || n.isNull()) {
            throw new MalformedEventException("payload lacks '" + field + "'");
        }
        return n.asText();
    }

    static String optionalText(JsonNode data, String field) {
        JsonNode n = data.path(field);
        return n.isMissingNode() || n.isNull() ? null : n.asText();
    }

    /** @param fallback used when the field is absent or null; {@code null} makes the field required */
    static LocalDate date(JsonNode data, String field, LocalDate fallback) {
        String text = optionalText(data, field);
        if (text == null) {
            if (fallback == null) {
                throw new MalformedEventException("payload lacks '" + field + "'");
            }
            return fallback;
        }
        return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    }

    static LocalDate optionalDate(JsonNode data, String field) {
        String text = optionalText(data, field);
        return text == null ? null : LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    }

    static UUID uuid(JsonNode data, String field) {
        String text = optionalText(data, field);
        return text == null ? null : UUID.fromString(text);
    }

    static Integer integer(JsonNode data, String field) {
        JsonNode n = data.path(field);
        return n.isNumber() ? n.asInt() : null;
    }
}
