package se.arbetsmarknad.placement.matching;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import se.arbetsmarknad.placement.common.EducationLevel;
import se.arbetsmarknad.placement.common.SwedishLevel;

/**
 * What matching needs of one participant (pseudonymous), computed once per version of the projection
 * row: the occupation interests parsed. Immutable, like {@link PlacementFacts}.
 */
public final class ParticipantFacts {
    public final UUID participantId;
    public final String unit;
    /** K or M. */
    public final String gender;
    public final Integer birthYear;
    public final String ageBand;
    public final EducationLevel educationLevel;
    public final SwedishLevel swedishLevel;
    public final boolean drivingLicence;
    /** SSYK 2012 codes of any level. */
    public final List<String> interests;
    public final ParticipantStatus status;

    public ParticipantFacts(UUID participantId, String unit, String gender, Integer birthYear, String ageBand,
            EducationLevel educationLevel, SwedishLevel swedishLevel, boolean drivingLicence, List<String> interests,
            ParticipantStatus status) {
        this.participantId = participantId;
        this.unit = unit;
        this.gender = gender;
        this.birthYear = birthYear;
        this.ageBand = ageBand;
        this.educationLevel = educationLevel;
        this.swedishLevel = swedishLevel;
        this.drivingLicence = drivingLicence;
        this.interests = interests;
        this.status = status;
    }

    /** The projection stores interests comma-separated. */
    public static List<String> interests(String stored) {
        return stored == null || stored.isBlank() ? List.of()
                : Arrays.stream(stored.split(",")).filter(s -> !s.isBlank()).toList();
    }

    public static ParticipantFacts of(ParticipantProfile p) {
        return new ParticipantFacts(p.participantId, p.unit, p.gender, p.birthYear, p.ageBand, p.educationLevel,
                p.swedishLevel, p.drivingLicence, interests(p.occupationInterests), p.status);
    }

    public boolean isActive() {
        return status == ParticipantStatus.ACTIVE;
    }
}
