package se.arbetsmarknad.participant.audit;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One row of the append-only, hash-chained audit log (loggning av åtkomst till personuppgifter). */
@Entity
@Table(name = "audit_log")
public class AuditEntry extends PanacheEntityBase {
    @Id
    public long id;
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
    @Column(name = "prev_hash")
    public String prevHash;
    public String hash;

    /** The row's content in a fixed order, one field per line; what the hash covers together with prevHash. */
    String canonical() {
        return String.join("\n", Long.toString(id), occurredAt.toString(), username, action,
                participantId == null ? "" : participantId.toString(), nz(detail), nz(requestMethod),
                nz(requestPath), nz(requestId), nz(clientAddress), prevHash);
    }

    private static String nz(String s) {
        return s == null ? "" : s.replace("\n", "\\n");
    }
}
