package se.arbetsmarknad.placement.matching;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import se.arbetsmarknad.placement.common.EducationLevel;
import se.arbetsmarknad.placement.common.SwedishLevel;
import se.arbetsmarknad.platform.domain.LongTermAssistance;

/**
 * The local matching projection of one participant, built from participant.events.v1. Pseudonymous:
 * no personnummer, names or free text. Deleted on participant.erased.
 */
@Entity
@Table(name = "participant_profile")
public class ParticipantProfile extends PanacheEntityBase {
    @Id
    public UUID participantId;
    public String unit;
    /** K or M. */
    public String gender;
    public Integer birthYear;
    public String ageBand;
    public EducationLevel educationLevel;
    public SwedishLevel swedishLevel;
    public boolean drivingLicence;
    /** SSYK 2012 codes (any level), comma-separated. */
    public String occupationInterests;
    public boolean singleParent;
    public boolean childrenInHousehold;
    public LocalDate assistanceSince;
    public ParticipantStatus status;
    public OffsetDateTime updatedAt;

    /** Långvarigt försörjningsstöd on {@code asOf}, by the suite's one rule (the projection knows since when). */
    public boolean longTermAssistance(LocalDate asOf) {
        return LongTermAssistance.on(assistanceSince, asOf);
    }

    /** "Ensamstående kvinna med barn": prioritised for employments in some municipalities (Uppsala). */
    public boolean singleWomanWithChildren() {
        return "K".equals(gender) && singleParent && childrenInHousehold;
    }

    /** The occupation interests (SSYK 2012 codes of any level). */
    public java.util.List<String> interests() {
        return ParticipantFacts.interests(occupationInterests);
    }
}
