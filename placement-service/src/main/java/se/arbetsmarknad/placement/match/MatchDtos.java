package se.arbetsmarknad.placement.match;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.arbetsmarknad.placement.matching.Scoring;
import se.arbetsmarknad.placement.placement.PlacementKind;

public final class MatchDtos {
    private MatchDtos() {
    }

    public record Proposal(@NotNull @Schema(example = "0c9d5b7e-3f43-4d9b-9d0e-4b3f7a0f0a11") UUID placementId,
            @NotNull @Schema(example = "9f3a1c2e-7d44-4f7e-8a0b-2c1d3e4f5a6b", description = "Pseudonymt deltagar-id / pseudonymous participant id") UUID participantId,
            @Schema(example = "2026-01-05", description = "Föreslagen den, när förslaget registreras i efterhand; standard idag, aldrig i framtiden / proposed on, when recorded afterwards; default today, never in the future") LocalDate on) {

        public Proposal(UUID placementId, UUID participantId) {
            this(placementId, participantId, null);
        }
    }

    public record Accept(@Schema(example = "2026-01-12", description = "Beslutsdag, när svaret registreras i efterhand; standard idag, inte före förslaget och aldrig i framtiden / day of the decision, when recorded afterwards; default today, not before the proposal, never in the future") LocalDate on) {
    }

    public record Decline(@NotBlank @Size(max = 40) @Schema(example = "krav-ej-uppfyllt",
            enumeration = {"krav-ej-uppfyllt", "platsen-tillsatt", "deltagaren-tackar-nej", "passar-inte", "annat"}) String reason) {
    }

    public record Start(@Schema(example = "2026-01-12", description = "Startdag, inte i framtiden; standard idag / start day, not in the future; default today") LocalDate on) {
    }

    public record End(@Size(max = 40) @Schema(example = "fullfoljd", enumeration = {"fullfoljd", "avbruten", "anstalld", "annat"}) String reason,
            @Schema(example = "2026-04-03", description = "Slutdag, inte i framtiden; standard idag / end day, not in the future; default today") LocalDate on) {
    }

    public record MatchView(UUID id, UUID placementId, UUID organisationId, String placementTitle, PlacementKind kind,
            UUID participantId, String unit, MatchStatus status, Integer score,
            List<Scoring.Component> explanation, String proposedBy, LocalDate proposedOn, LocalDate decidedOn,
            DeclineReason declineReason, LocalDate startDate, LocalDate endDate, LocalDate startedOn, LocalDate endedOn,
            EndReason endReason, long version) {
    }

    /** The OpenAPI schema of a page of matches ({@link se.arbetsmarknad.platform.http.Page}). */
    @Schema(name = "MatchPage", description = "En sida matchningar / one page of matches")
    public record MatchPage(List<MatchView> items, int page, int size, long total) {
    }
}
