package se.arbetsmarknad.participant.audit;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One row of the append-only audit log (loggning av åtkomst till personuppgifter). Written by any request
 * without coordination; {@link AuditSealer} later seals it into a hash-chained block.
 */
@Entity
@Table(name = "audit_log")
public class AuditEntry extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_log_id")
    @SequenceGenerator(name = "audit_log_id", sequenceName = "audit_log_id_seq", allocationSize = 50)
    public Long id;
    @Column(name = "occurred_at")
    public Instant occurredAt;
    public String username;
    public String action;
    @Column(name = "participant_id")
    public UUID participantId;
    public String detail;
    @Column(name = "request_method")
    public String requestMethod;
    @Column(name = "request_path")
    public String requestPath;
    @Column(name = "request_id")
    public String requestId;
    @Column(name = "client_address")
    public String clientAddress;
}
