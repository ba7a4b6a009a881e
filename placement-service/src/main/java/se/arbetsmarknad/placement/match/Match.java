package se.arbetsmarknad.placement.match;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A proposed match of a participant to a placement: proposed → accepted/declined → started → ended. */
@Entity
@Table(name = "match_proposal")
public class Match extends PanacheEntityBase {
    @Id
    public UUID id;
    public UUID placementId;
    public UUID participantId;
    public String unit;
    public MatchStatus status;
    public Integer score;
    public String proposedBy;
    public LocalDate proposedOn;
    public LocalDate decidedOn;
    public DeclineReason declineReason;
    public LocalDate startDate;
    public LocalDate endDate;
    public LocalDate startedOn;
    public LocalDate endedOn;
    public EndReason endReason;
    @Version
    public long version;
    public OffsetDateTime createdAt;

    public boolean holdsSeat() {
        return status.holdsSeat();
    }
}
