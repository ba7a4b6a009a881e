package se.arbetsmarknad.goals.followup;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A comment on a follow-up (the analysis around the figures); the figures themselves stay frozen. */
@Entity
@Table(name = "follow_up_comment")
public class FollowUpComment {

    @Id
    public UUID id;
    public String author;
    @Column(name = "written_at")
    public OffsetDateTime writtenAt;
    public String text;
}
