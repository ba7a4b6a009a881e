package se.arbetsmarknad.platform.events;

/**
 * The payload of an event: one record per payload shape, shared by producer and consumers from this
 * module, each registered in {@link EventTypes} for the types it serves. A record and its contract
 * ({@code contracts/<type>.schema.json}) are checked against each other by platform-testing's
 * {@code EventPayloadContractTest}.
 */
public interface EventPayload {
}
