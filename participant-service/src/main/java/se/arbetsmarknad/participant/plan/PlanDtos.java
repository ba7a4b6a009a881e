package se.arbetsmarknad.participant.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class PlanDtos {

    private PlanDtos() {
    }

    @Schema(description = "Ny version av planeringen / a new version of the plan")
    public record PlanRequest(
            @Schema(description = "Mål (fritext, personuppgift) / goal (free text, personal data)", example = "Anställning som busschaufför inom ett år")
            @NotBlank(message = "saknas / is required") @Size(max = 2000) String goal,
            @Schema(description = "Steg / steps", example = "[\"B-körkort\", \"Jobbspår buss\"]")
            @Size(max = 30) List<@NotBlank @Size(max = 500) String> steps,
            @Schema(description = "Nästa uppföljning / next follow-up", example = "2026-12-15")
            @NotNull(message = "saknas / is required") LocalDate nextFollowUp,
            @Schema(description = "Beslutsdag; utelämnad: i dag / day decided; default today", example = "2026-11-23") LocalDate decidedOn) {
    }

    public record PlanView(UUID id, @Schema(example = "2") int planVersion, String goal, List<String> steps,
            LocalDate nextFollowUp, LocalDate decidedOn, @Schema(example = "anna.handlaggare") String createdBy) {

        static PlanView of(Plan p) {
            return new PlanView(p.id, p.planVersion, p.goal, List.copyOf(p.steps), p.nextFollowUp, p.decidedOn, p.createdBy);
        }
    }

    public record PlanWithHistory(
            @Schema(description = "Aktuell plan, null om ingen finns / current plan, null when none") PlanView current,
            @Schema(description = "Tidigare versioner, nyast först / earlier versions, newest first") List<PlanView> history) {
    }

    public record FollowUpRequest(
            @Schema(description = "Mötesdag / day of the meeting", example = "2026-11-23") @NotNull(message = "saknas / is required") LocalDate heldOn,
            @Schema(description = "Anteckning (personuppgift, gallras) / notes (personal data, erased by gallring)", example = "Gått igenom CV")
            @Size(max = 4000) String notes,
            @Schema(description = "Ny dag för nästa uppföljning: ger en ny planversion / new next follow-up: makes a new plan version", example = "2027-01-15")
            LocalDate nextFollowUp) {
    }

    public record FollowUpView(UUID id, LocalDate heldOn, String notes, String recordedBy) {
        static FollowUpView of(FollowUpMeeting m) {
            return new FollowUpView(m.id, m.heldOn, m.notes, m.recordedBy);
        }
    }
}
