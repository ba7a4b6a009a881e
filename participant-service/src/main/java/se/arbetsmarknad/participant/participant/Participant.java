package se.arbetsmarknad.participant.participant;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The pseudonymous participant record: attributes the follow-up needs, no name or personnummer. */
@Entity
@Table(name = "participant")
public class Participant extends PanacheEntityBase {
    @Id
    public UUID id;
    public String gender;
    @Column(name = "birth_date")
    public LocalDate birthDate;
    @Column(name = "born_abroad")
    public boolean bornAbroad;
    @Column(name = "education_level")
    public String educationLevel;
    @Column(name = "swedish_level")
    public String swedishLevel;
    @Column(name = "children_in_household")
    public boolean childrenInHousehold;
    @Column(name = "single_parent")
    public boolean singleParent;
    @Column(name = "assistance_since")
    public LocalDate assistanceSince;
    @Column(name = "support_obstacle")
    public String supportObstacle;
    @Column(name = "referral_source")
    public String referralSource;
    @Column(name = "occupation_interests")
    public String[] occupationInterests = new String[0];
    @Column(name = "driving_licence")
    public boolean drivingLicence;
    @Column(name = "protected_identity")
    public boolean protectedIdentity;
    @Column(name = "erased_at")
    public Instant erasedAt;
    @Version
    public long version;
    @Column(name = "created_at")
    public Instant createdAt;
}
