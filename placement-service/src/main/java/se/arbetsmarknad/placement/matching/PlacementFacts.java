package se.arbetsmarknad.placement.matching;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import se.arbetsmarknad.placement.common.EducationLevel;
import se.arbetsmarknad.placement.common.SwedishLevel;
import se.arbetsmarknad.placement.placement.Placement;
import se.arbetsmarknad.placement.placement.PlacementKind;
import se.arbetsmarknad.placement.placement.PlacementStatus;

/**
 * What matching needs of one placement, computed once per version of the row (lower-cased place names,
 * the start year) so that scoring a pair does no work it could have done before. Immutable: the
 * matching index swaps a whole object when the placement changes.
 */
public final class PlacementFacts {
    public final UUID id;
    public final UUID organisationId;
    public final PlacementKind kind;
    public final String title;
    /** SSYK 2012 unit group, 4 digits. */
    public final String ssyk;
    public final String municipality;
    public final String place;
    public final int seats;
    public final int seatsFilled;
    public final PlacementStatus status;
    public final LocalDate periodStart;
    public final LocalDate periodEnd;
    public final SwedishLevel swedishLevel;
    public final boolean drivingLicence;
    public final Integer ageMin;
    public final Integer ageMax;
    public final EducationLevel educationLevel;
    /** The row's version: the index keeps the newest it has seen. */
    public final long version;
    final int startYear;
    final String municipalityLower;
    final String placeLower;

    public PlacementFacts(UUID id, UUID organisationId, PlacementKind kind, String title, String ssyk, String municipality,
            String place, int seats, int seatsFilled, PlacementStatus status, LocalDate periodStart, LocalDate periodEnd,
            SwedishLevel swedishLevel, boolean drivingLicence, Integer ageMin, Integer ageMax, EducationLevel educationLevel,
            long version) {
        this.id = id;
        this.organisationId = organisationId;
        this.kind = kind;
        this.title = title;
        this.ssyk = ssyk;
        this.municipality = municipality;
        this.place = place;
        this.seats = seats;
        this.seatsFilled = seatsFilled;
        this.status = status;
        this.periodStart = periodStart;
        this.periodEnd = periodEnd;
        this.swedishLevel = swedishLevel;
        this.drivingLicence = drivingLicence;
        this.ageMin = ageMin;
        this.ageMax = ageMax;
        this.educationLevel = educationLevel;
        this.version = version;
        this.startYear = periodStart.getYear();
        this.municipalityLower = municipality == null ? null : municipality.toLowerCase(Locale.ROOT);
        this.placeLower = place == null ? null : place.toLowerCase(Locale.ROOT);
    }

    public static PlacementFacts of(Placement p) {
        return new PlacementFacts(p.id, p.organisationId, p.kind, p.title, p.ssyk, p.municipality, p.place, p.seats,
                p.seatsFilled, p.status, p.periodStart, p.periodEnd, p.swedishLevel, p.drivingLicence, p.ageMin, p.ageMax,
                p.educationLevel, p.version);
    }

    public int freeSeats() {
        return seats - seatsFilled;
    }
}
