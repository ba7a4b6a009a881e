package se.arbetsmarknad.placement.placement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class PlacementDtos {
    private PlacementDtos() {
    }

    @Schema(description = "Krav på deltagaren / Requirements on the participant")
    public record Requirements(
            @Size(max = 20) @Schema(example = "sfi-3", enumeration = {"sfi-1", "sfi-2", "sfi-3", "modersmal"}, description = "Lägsta svensknivå / minimum Swedish level") String swedishLevel,
            @Schema(example = "true", description = "B-körkort krävs / driving licence required") Boolean drivingLicence,
            @Min(15) @Max(70) @Schema(example = "18") Integer ageMin,
            @Min(15) @Max(70) @Schema(example = "64") Integer ageMax,
            @Size(max = 20) @Schema(example = "gymnasial", enumeration = {"forgymnasial", "gymnasial", "eftergymnasial"}) String educationLevel) {
        public static final Requirements NONE = new Requirements(null, false, null, null, null);
    }

    @Schema(description = "Handledare (anställd hos anordnaren) / Supervisor (an employee of the provider)")
    public record Supervisor(
            @Size(max = 200) @Schema(example = "Sven Handledare") String name,
            @Size(max = 40) @Schema(example = "040-123 45") String phone,
            @Email @Size(max = 200) @Schema(example = "sven@example.se") String email) {
    }

    @Schema(description = "Registrera eller ändra en plats / Register or change a placement")
    public record PlacementRequest(
            @Schema(description = "Organisationen; anordnare kan utelämna (egen) / organisation; providers may omit (their own)") UUID organisationId,
            @NotBlank @Size(max = 40) @Schema(example = "jobbspar", enumeration = {"praktik", "extratjanst", "nystartsjobb",
                    "utvecklingsanstallning", "lonebidrag", "osa", "beredskapsanstallning", "feriepraktik", "jobbspar"}) String kind,
            @NotBlank @Size(max = 200) @Schema(example = "Bussförare – 12 veckor") String title,
            @NotBlank @Size(max = 4) @Schema(example = "8331", pattern = "^[0-9]{4}$", description = "SSYK 2012 yrkesgrupp (4 siffror) / unit group (4 digits)") String ssyk,
            @Size(max = 4000) @Schema(example = "Utbildning till bussförare med anställning efteråt") String description,
            @Size(max = 100) @Schema(example = "Malmö") String municipality,
            @Size(max = 200) @Schema(example = "Depå Fosie") String place,
            @NotNull @Min(1) @Max(10000) @Schema(example = "38") Integer seats,
            @NotNull @Schema(example = "2026-01-12") LocalDate periodStart,
            @NotNull @Schema(example = "2026-04-03") LocalDate periodEnd,
            @DecimalMin("0") @DecimalMax("60") @Digits(integer = 2, fraction = 1) @Schema(example = "40", description = "Timmar per vecka, högst en decimal / hours per week, at most one decimal") BigDecimal hoursPerWeek,
            @Valid Requirements requirements,
            @Valid Supervisor supervisor,
            @Schema(example = "false", description = "Publicera direkt / publish at once") Boolean publish) {
    }

    public record PlacementView(UUID id, UUID organisationId, @Schema(example = "Bussbolaget Syd AB") String organisationName,
            PlacementKind kind, String title, String ssyk, @Schema(example = "Buss- och spårvagnsförare") String ssykName,
            String description, String municipality, String place, int seats, int seatsFilled, int freeSeats,
            LocalDate periodStart, LocalDate periodEnd, BigDecimal hoursPerWeek, Requirements requirements,
            Supervisor supervisor, PlacementStatus status, long version) {
    }

    /** The OpenAPI schema of a page of placements ({@link se.arbetsmarknad.platform.http.Page}). */
    @Schema(name = "PlacementPage", description = "En sida platser / one page of placements")
    public record PlacementPage(List<PlacementView> items, int page, int size, long total) {
    }
}
