package se.arbetsmarknad.web.clients;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/** participant-service's request and response bodies, as its OpenAPI document gives them. */
public final class ParticipantDtos {

    private ParticipantDtos() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Attributes(String firstName, String lastName, String gender, Boolean bornAbroad, String educationLevel,
            String swedishLevel, Boolean childrenInHousehold, Boolean singleParent, LocalDate assistanceSince,
            String supportObstacle, String referralSource, List<String> occupationInterests, Boolean drivingLicence,
            Boolean protectedIdentity) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record EnrolRequest(String personnummer, String unit, String officer, LocalDate enrolledOn, Attributes attributes) {
    }

    public record SearchRequest(String personnummer) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TransferRequest(String toUnit, String toOfficer, LocalDate on) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DateRequest(LocalDate on) {
    }

    public record DateOn(LocalDate on) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ExitRequest(LocalDate on, String reason, String comment) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ReopenRequest(LocalDate on, String unit, String officer) {
    }

    public record Enrolment(UUID id, String unit, String officer, String status, LocalDate enrolledOn, LocalDate pausedOn,
            LocalDate exitedOn, String exitReason, String exitComment, UUID reopenedFrom, long version) {

        public boolean open() {
            return !"EXITED".equals(status);
        }

        public boolean paused() {
            return "PAUSED".equals(status);
        }
    }

    public record Participant(UUID id, String personnummer, boolean coordinationNumber, LocalDate birthDate, int age,
            String ageBand, boolean longTermAssistance, Attributes attributes, List<String> projects, long version,
            Enrolment enrolment) {

        public String name() {
            String first = attributes == null || attributes.firstName() == null ? "" : attributes.firstName();
            String last = attributes == null || attributes.lastName() == null ? "" : attributes.lastName();
            String name = (first + " " + last).trim();
            return name.isEmpty() ? "Namn saknas" : name;
        }

        public boolean protectedIdentity() {
            return attributes != null && Boolean.TRUE.equals(attributes.protectedIdentity());
        }
    }

    public record EnrolResult(UUID participantId, UUID enrolmentId, boolean reopened) {
    }

    public record HistoryEntry(LocalDate on, String kind, String fromUnit, String toUnit, String fromOfficer,
            String toOfficer, String reason, String recordedBy) {
    }

    public record EnrolmentWithHistory(Enrolment enrolment, List<HistoryEntry> history) {
    }

    public record WorklistRow(UUID participantId, String firstName, String lastName, String gender, String ageBand,
            String unit, String officer, String status, LocalDate enrolledOn, Integer planVersion,
            LocalDate nextFollowUp, LocalDate assistanceSince, boolean longTermAssistance, int runningInterventions,
            boolean protectedIdentity) {

        public String name() {
            String name = ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).trim();
            return name.isEmpty() ? "Namn saknas" : name;
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PlanRequest(String goal, List<String> steps, LocalDate nextFollowUp, LocalDate decidedOn) {
    }

    public record PlanView(UUID id, int planVersion, String goal, List<String> steps, LocalDate nextFollowUp,
            LocalDate decidedOn, String createdBy) {
    }

    public record PlanWithHistory(PlanView current, List<PlanView> history) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FollowUpRequest(LocalDate heldOn, String notes, LocalDate nextFollowUp) {
    }

    public record FollowUp(UUID id, LocalDate heldOn, String notes, String recordedBy) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record StartIntervention(String kind, LocalDate startedOn, LocalDate plannedEndOn, UUID placementId) {
    }

    public record EndIntervention(LocalDate endedOn) {
    }

    public record Intervention(UUID id, UUID enrolmentId, String kind, String category, LocalDate startedOn,
            LocalDate plannedEndOn, LocalDate endedOn, UUID placementId, UUID matchId, String createdBy, long version) {

        public boolean running() {
            return endedOn == null;
        }
    }

    public record InterventionKind(String code, String category, String nameSv, String nameEn, boolean active) {
    }

    public record Project(String code, String parentCode, String name, String funder) {
    }

    public record Membership(String project, LocalDate joinedOn, LocalDate leftOn) {
    }

    /** GET /api/participants/{id}/overview: the six reads of the participant's page in one answer. */
    public record Overview(Participant participant, List<EnrolmentWithHistory> enrolments, PlanWithHistory plan,
            List<FollowUp> followUps, List<Intervention> interventions, List<Membership> memberships) {
    }

    public record BulkRow(int row, UUID participantId, UUID enrolmentId, boolean reopened) {
    }

    public record BulkResult(int enrolled, List<BulkRow> rows) {
    }
}
