package se.arbetsmarknad.platform.inbox;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Configuration of the consumers (prefix {@code platform.inbox}). */
@ConfigMapping(prefix = "platform.inbox")
public interface InboxConfig {

    /**
     * First wait before a batch (or a dead letter) is tried again after a failure of the database or
     * the broker, doubled per failure up to {@link #maxRetryBackoff()}. Such failures are retried, never
     * dead-lettered: the event is fine, the infrastructure is not.
     */
    @WithDefault("200ms")
    Duration retryBackoff();

    @WithDefault("10s")
    Duration maxRetryBackoff();
}
