package se.arbetsmarknad.participant.participant;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Personal identifiers, kept apart so gallring deletes them in one row (see IdentityCrypto). */
@Entity
@Table(name = "participant_identity")
public class ParticipantIdentity extends PanacheEntityBase {
    @Id
    @Column(name = "participant_id")
    public UUID participantId;
    @Column(name = "person_key")
    public String personKey;
    @Column(name = "personnummer_enc")
    public String personnummerEncrypted;
    @Column(name = "coordination_number")
    public boolean coordinationNumber;
    @Column(name = "first_name")
    public String firstName;
    @Column(name = "last_name")
    public String lastName;
}
