package se.arbetsmarknad.platform.inbox;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One event a consumer has applied; its key makes a second application impossible. */
@Entity
@Table(name = "processed_event")
public class ProcessedEvent {

    @EmbeddedId
    public Key key;

    @Column(name = "event_type", nullable = false)
    public String eventType;

    @Column(name = "processed_at", nullable = false)
    public OffsetDateTime processedAt;

    @Embeddable
    public record Key(@Column(nullable = false) String consumer, @Column(name = "event_id", nullable = false) UUID eventId)
            implements Serializable {
    }
}
