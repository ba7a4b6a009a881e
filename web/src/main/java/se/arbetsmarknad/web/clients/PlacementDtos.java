package se.arbetsmarknad.web.clients;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

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

    public record Supervisor(String name, String phone, String email) {
    }

    public record Placement(UUID id, UUID organisationId, String organisationName, String kind, String title, String ssyk,
            String ssykName, String description, String municipality, String place, int seats, int seatsFilled,
            int freeSeats, LocalDate periodStart, LocalDate periodEnd, BigDecimal hoursPerWeek, Requirements requirements,
            Supervisor supervisor, String status, long version) {

        public boolean draft() {
            return "draft".equals(status);
        }

        public boolean closed() {
            return "closed".equals(status);
        }

        /** The placement's page in the provider's part of the web application. */
        public String href() {
            return "/platser/" + id;
        }
    }

    /** Register or change a placement (placement-service's PlacementRequest). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PlacementRequest(UUID organisationId, String kind, String title, String ssyk, String description,
            String municipality, String place, Integer seats, LocalDate periodStart, LocalDate periodEnd,
            BigDecimal hoursPerWeek, Requirements requirements, Supervisor supervisor, Boolean publish) {
    }

    public record FieldError(String field, String message) {
    }

    /** One row of a bulk registration: its number in the file (the header is row 1), ok or its errors. */
    public record BulkRow(int row, String status, UUID placementId, String title, List<FieldError> errors) {

        public boolean ok() {
            return errors == null || errors.isEmpty();
        }
    }

    public record BulkReport(int rows, int created, boolean dryRun, List<BulkRow> results) {
    }

    public record SsykEntry(String code, int level, String name, String nameEn) {
    }

    public record Decline(String reason) {
    }

    /** The day of an acceptance or a start; none ({@code {}}) is today, as a bodiless POST is (platform's AbsentBody). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Day(LocalDate on) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record End(String reason, LocalDate on) {
    }

    /** The fördelningsmodell's rule; its version is the ETag a change must name. */
    public record QuotaRule(String method, BigDecimal sharePercent, Integer total, List<String> kinds, String updatedBy,
            java.time.OffsetDateTime updatedAt, long version) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record QuotaRuleChange(String method, BigDecimal sharePercent, Integer total, List<String> kinds) {
    }
}
