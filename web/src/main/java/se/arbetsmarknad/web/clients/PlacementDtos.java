package se.arbetsmarknad.web.clients;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** placement-service's bodies used by the pages. */
public final class PlacementDtos {

    private PlacementDtos() {
    }

    /** A part of a score, or a hard requirement that is not met, with its Swedish reason. */
    public record ScoreComponent(String key, int points, String reasonSv, String reasonEn) {
    }

    public record RankedPlacement(UUID placementId, UUID organisationId, String organisationName, String title, String kind,
            String ssyk, String municipality, String place, int freeSeats, LocalDate periodStart, LocalDate periodEnd,
            int score, boolean eligible, List<ScoreComponent> components, List<ScoreComponent> unmet) {
    }

    public record Proposal(UUID placementId, UUID participantId) {
    }

    public record Match(UUID id, UUID placementId, UUID organisationId, String placementTitle, String kind,
            UUID participantId, String unit, String status, Integer score, List<ScoreComponent> explanation,
            String proposedBy, LocalDate proposedOn, LocalDate decidedOn, String declineReason, LocalDate startDate,
            LocalDate endDate, LocalDate startedOn, LocalDate endedOn, String endReason, long version) {

        /** Still waiting for something to happen (the page keeps polling). */
        public boolean pending() {
            return "proposed".equals(status) || "accepted".equals(status);
        }
    }

    public record Requirements(String swedishLevel, Boolean drivingLicence, Integer ageMin, Integer ageMax,
            String educationLevel) {
    }

    public record Placement(UUID id, UUID organisationId, String organisationName, String kind, String title, String ssyk,
            String ssykName, String description, String municipality, String place, int seats, int seatsFilled,
            int freeSeats, LocalDate periodStart, LocalDate periodEnd, BigDecimal hoursPerWeek, Requirements requirements,
            String status, long version) {
    }
}
