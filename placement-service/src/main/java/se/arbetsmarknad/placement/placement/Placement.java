package se.arbetsmarknad.placement.placement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import se.arbetsmarknad.placement.common.EducationLevel;
import se.arbetsmarknad.placement.common.SwedishLevel;

/** A placement (plats) an organisation offers: seats of one kind, occupation and period. */
@Entity
@Table(name = "placement")
public class Placement extends PanacheEntityBase {
    @Id
    public UUID id;
    public UUID organisationId;
    public PlacementKind kind;
    public String title;
    /** SSYK 2012 yrkesgrupp, 4 digits. */
    public String ssyk;
    public String description;
    public String municipality;
    public String place;
    public int seats;
    /** Seats taken by accepted or started matches. */
    public int seatsFilled;
    public LocalDate periodStart;
    public LocalDate periodEnd;
    public BigDecimal hoursPerWeek;
    public SwedishLevel swedishLevel;
    public boolean drivingLicence;
    public Integer ageMin;
    public Integer ageMax;
    public EducationLevel educationLevel;
    public String supervisorName;
    public String supervisorPhone;
    public String supervisorEmail;
    public PlacementStatus status;
    @Version
    public long version;
    public OffsetDateTime createdAt;
    public OffsetDateTime updatedAt;

    public int freeSeats() {
        return seats - seatsFilled;
    }

    /** open and filled follow the seats: a placement with no free seat is filled, and reopens when one frees. */
    public void settleStatus() {
        if (status == PlacementStatus.OPEN && seatsFilled >= seats) {
            status = PlacementStatus.FILLED;
        } else if (status == PlacementStatus.FILLED && seatsFilled < seats) {
            status = PlacementStatus.OPEN;
        }
    }

    /** Open or filled: proposals can be answered. */
    public boolean isPublished() {
        return status == PlacementStatus.OPEN || status == PlacementStatus.FILLED;
    }
}
