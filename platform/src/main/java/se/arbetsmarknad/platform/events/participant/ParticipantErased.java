package se.arbetsmarknad.platform.events.participant;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import se.arbetsmarknad.platform.events.EventPayload;

/**
 * The participant was erased (gallrad): consumers forget what links the pseudonym to their data.
 * Payload of {@code participant.erased} (docs/events/participant.events.v1.md).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ParticipantErased(UUID participantId) implements EventPayload {
}
