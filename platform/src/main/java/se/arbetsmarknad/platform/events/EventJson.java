package se.arbetsmarknad.platform.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads and writes envelopes with the application's configured ObjectMapper (ISO dates, no nulls lost). */
@ApplicationScoped
public class EventJson {

    @Inject
    ObjectMapper mapper;

    public String write(CloudEvent event) {
        try {
            return mapper.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise event " + event.id(), e);
        }
    }

    /** @throws MalformedEventException when the text is not a CloudEvents envelope */
    public CloudEvent read(String json) {
        CloudEvent event;
        try {
            event = mapper.readValue(json, CloudEvent.class);
        } catch (JsonProcessingException e) {
            throw new MalformedEventException("not a JSON CloudEvent: " + e.getOriginalMessage());
        }
        if (event.id() == null || event.type() == null || event.source() == null || event.subject() == null
                || event.time() == null || event.data() == null) {
            throw new MalformedEventException("envelope lacks one of id, type, source, subject, time, data");
        }
        if (!CloudEvent.SPEC_VERSION.equals(event.specversion())) {
            throw new MalformedEventException("unsupported specversion " + event.specversion());
        }
        return event;
    }

    /**
     * The payload as the record {@link EventTypes} registers for the event's type, for a pattern-matching
     * switch: {@code switch (json.payload(event)) { case MatchAgreed m -> ...; default -> {} }}. Records
     * shared by several types (e.g. {@code PlacementSnapshot}) need {@code event.type()} besides.
     *
     * @throws MalformedEventException when the type is not registered or the payload does not map
     */
    public EventPayload payload(CloudEvent event) {
        EventTypes.EventType type = EventTypes.find(event.type())
                .orElseThrow(() -> new MalformedEventException("no payload record for event type " + event.type()));
        return data(event, type.payload());
    }

    /**
     * The payload as {@code type}, e.g. {@code json.data(event, ParticipantEnrolled.class)}.
     *
     * @throws IllegalArgumentException when {@code type} is a payload record of another event type
     */
    public <T> T data(CloudEvent event, Class<T> type) {
        if (EventPayload.class.isAssignableFrom(type)) {
            EventTypes.find(event.type()).filter(t -> !t.payload().equals(type)).ifPresent(t -> {
                throw new IllegalArgumentException("the payload of " + event.type() + " is "
                        + t.payload().getSimpleName() + ", not " + type.getSimpleName());
            });
        }
        try {
            return mapper.treeToValue(event.data(), type);
        } catch (JsonProcessingException e) {
            throw new MalformedEventException("payload of " + event.type() + " does not map to "
                    + type.getSimpleName() + ": " + e.getOriginalMessage());
        }
    }

    public ObjectMapper mapper() {
        return mapper;
    }

    public static class MalformedEventException extends RuntimeException {
        public MalformedEventException(String message) {
            super(message);
        }
    }
}
