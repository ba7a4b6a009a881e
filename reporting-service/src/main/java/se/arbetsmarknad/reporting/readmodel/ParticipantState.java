package se.arbetsmarknad.reporting.readmodel;

import java.time.LocalDate;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** What reporting keeps per pseudonymous participant: the breakdown and dates, nothing identifying. */
@Entity
@Table(name = "participant_state")
public class ParticipantState extends PanacheEntityBase {
    @Id
    @Column(name = "participant_id")
    public UUID participantId;
    @Column(name = "enrolment_id")
    public UUID enrolmentId;
    public String unit;
    public String gender;
    @Column(name = "age_band")
    public String ageBand;
    @Column(name = "enrolled_on")
    public LocalDate enrolledOn;
    public boolean active;
    public boolean paused;
    @Column(name = "first_intervention_on")
    public LocalDate firstInterventionOn;
    @Column(name = "long_term_from")
    public LocalDate longTermFrom;
    @Column(name = "exited_on")
    public LocalDate exitedOn;
    /** Svenskanivå (sfi-1 … modersmal), as last told: Uppsala 4.1 counts exits with sfi studieväg 1. */
    @Column(name = "swedish_level")
    public String swedishLevel;
    /** Försörjningshinder as a code (arbetsloshet …), as last told: Uppsala 4.2. */
    @Column(name = "support_obstacle")
    public String supportObstacle;

    Dims dims() {
        return new Dims(gender, unit, ageBand, "", "");
    }
}
