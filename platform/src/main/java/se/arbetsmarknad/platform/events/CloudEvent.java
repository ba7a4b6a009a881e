package se.arbetsmarknad.platform.events;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The envelope of every event on the suite's topics (CloudEvents 1.0, structured JSON mode).
 *
 * @param id      unique per event; consumers de-duplicate on it
 * @param type    e.g. {@code participant.enrolled}; its payload contract is {@code contracts/<type>.schema.json}
 * @param source  the producing service, e.g. {@code /participant-service}
 * @param subject the aggregate id; equals the Kafka record key
 * @param data    the payload, valid against the type's contract
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CloudEvent(
        String specversion,
        String id,
        String type,
        String source,
        OffsetDateTime time,
        String subject,
        String datacontenttype,
        String dataschema,
        JsonNode data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String CONTENT_TYPE = "application/json";
    /** Kafka header content-type for structured-mode CloudEvents. */
    public static final String STRUCTURED_CONTENT_TYPE = "application/cloudevents+json; charset=UTF-8";
}
