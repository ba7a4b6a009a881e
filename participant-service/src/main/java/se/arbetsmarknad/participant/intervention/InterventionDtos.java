package se.arbetsmarknad.participant.intervention;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class InterventionDtos {

    private InterventionDtos() {
    }

    public record StartRequest(
            @Schema(description = "Insatstyp ur referenslistan / kind code from the reference list", example = "extratjanst")
            @NotBlank(message = "saknas / is required") @Size(max = 63) @Pattern(regexp = "[a-z0-9][a-z0-9-]{1,62}", message = "ska vara en kod (a-z, 0-9, -) / must be a code") String kind,
            @Schema(description = "Startdag / start day", example = "2026-11-23") @NotNull(message = "saknas / is required") LocalDate startedOn,
            @Schema(description = "Planerat slut / planned end", example = "2027-11-22") LocalDate plannedEndOn,
            @Schema(description = "Plats i placement-service / placement id", example = "7d2c1e9a-5b8f-4c3d-9e1a-2f4b6c8d0e12") UUID placementId) {
    }

    public record EndRequest(
            @Schema(description = "Slutdag / end day", example = "2027-05-31") @NotNull(message = "saknas / is required") LocalDate endedOn) {
    }

    public record InterventionView(UUID id, UUID enrolmentId,
            @Schema(example = "extratjanst") String kind,
            @Schema(example = "anstallning-med-stod") String category,
            LocalDate startedOn, LocalDate plannedEndOn, LocalDate endedOn, UUID placementId, UUID matchId,
            @Schema(example = "anna.handlaggare") String createdBy, long version) {
    }

    public record KindView(
            @Schema(example = "extratjanst") String code,
            @Schema(example = "anstallning-med-stod") String category,
            @Schema(example = "Extratjänst") String nameSv,
            @Schema(example = "Extra job (subsidised)") String nameEn,
            boolean active) {

        static KindView of(InterventionKind k) {
            return new KindView(k.code, k.category, k.nameSv, k.nameEn, k.active);
        }
    }

    public record NewKind(
            @Schema(example = "arbetstraning") @NotBlank @Size(max = 63) @Pattern(regexp = "[a-z0-9][a-z0-9-]{1,62}", message = "ska vara en kod (a-z, 0-9, -) / must be a code") String code,
            @Schema(example = "stod", enumeration = { "anstallning-med-stod", "praktik", "utbildning", "vagledning", "stod" })
            @NotBlank @Size(max = 30) @Pattern(regexp = "anstallning-med-stod|praktik|utbildning|vagledning|stod", message = "okänd kategori / unknown category") String category,
            @Schema(example = "Arbetsträning") @NotBlank @Size(max = 200) String nameSv,
            @Schema(example = "Work training") @NotBlank @Size(max = 200) String nameEn) {
    }
}
