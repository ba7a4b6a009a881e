package se.arbetsmarknad.placement.allocation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.arbetsmarknad.placement.matching.Scoring;
import se.arbetsmarknad.placement.placement.PlacementKind;

public final class AllocationDtos {
    private AllocationDtos() {
    }

    @Schema(description = "Fördela många deltagare på knappa platser / Allocate many participants to scarce seats")
    public record Request(
            @Size(max = 20000) @Schema(description = "Deltagare; utelämnat: alla aktiva i din enhet / participants; omitted: all active in your unit") List<UUID> participantIds,
            @Size(max = 20000) @Schema(description = "Platser; utelämnat: alla öppna med lediga platser / placements; omitted: all open with free seats") List<UUID> placementIds,
            @Size(max = 2) @Schema(example = "[\"ensamstaende-kvinnor-med-barn\", \"langvarigt-bistand\"]",
                    description = "Prioriteringsregler i ordning / priority rules in order: ensamstaende-kvinnor-med-barn (anställningar), langvarigt-bistand") List<@Size(max = 40) String> priorityRules,
            @Schema(example = "false", description = "Högst hälften (avrundat uppåt) av en plats per kön / at most half (rounded up) of a placement's seats per gender") Boolean genderBalance,
            @Schema(example = "2026-01-05") LocalDate asOf,
            @Schema(example = "false", description = "Skapa förslag (match.proposed) för varje tilldelning / create a proposal for each assignment") Boolean propose) {
    }

    public record Reason(String rule, String reasonSv, String reasonEn) {
    }

    public record Assignment(UUID participantId, UUID placementId, String placementTitle, PlacementKind kind, int score,
            List<Scoring.Component> components, List<Reason> priorities, UUID matchId) {
    }

    public record Unassigned(UUID participantId, int eligiblePlacements, String reasonSv, String reasonEn) {
    }

    public record Result(int participantsConsidered, int placementsConsidered, long seatsOffered, long totalScore,
            Map<String, Long> prioritised, boolean genderBalance, List<Assignment> assignments, List<Unassigned> unassigned) {
    }
}
