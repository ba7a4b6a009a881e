package se.arbetsmarknad.placement.quota;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.arbetsmarknad.placement.placement.PlacementKind;

public final class QuotaDtos {
    private QuotaDtos() {
    }

    @Schema(description = "Fördelningsmodellens regel / The distribution model's rule")
    public record RuleView(
            @Schema(description = "share: andel av anställda; total: stadsövergripande totalantal fördelat efter anställda (största rest)") QuotaMethod method,
            @Schema(example = "5.7") BigDecimal sharePercent,
            @Schema(example = "1500") Integer total,
            List<PlacementKind> kinds,
            String updatedBy, OffsetDateTime updatedAt, long version) {
    }

    public record RuleChange(
            @NotBlank @Size(max = 10) @Schema(example = "total", enumeration = {"share", "total"}) String method,
            @DecimalMin(value = "0", inclusive = false) @DecimalMax("100") @Digits(integer = 3, fraction = 3)
            @Schema(example = "5.7", description = "Andel i procent (över 0, högst 100, högst tre decimaler) / share in per cent") BigDecimal sharePercent,
            @Min(0) @Max(1_000_000) @Schema(example = "1500") Integer total,
            @Size(max = 9) @Schema(example = "[\"extratjanst\",\"utvecklingsanstallning\"]") List<@NotBlank @Size(max = 40) String> kinds) {
    }

    public record Row(UUID organisationId, @Schema(example = "grundskoleforvaltningen") String code,
            @Schema(example = "Grundskoleförvaltningen") String name,
            @Schema(example = "6095") Integer employees, LocalDate employeesOn,
            @Schema(example = "347") Integer quota,
            @Schema(example = "40") long placesRegistered,
            @Schema(example = "31") long placesFilled,
            @Schema(example = "8.9", description = "Tillsatta platser i procent av kvoten / filled places as % of quota") BigDecimal fulfilmentPercent) {
    }

    public record Totals(long employees, long quotaSum,
            @Schema(description = "Regelns värde för hela staden (andel av alla anställda eller totalen) / the rule applied city-wide") Integer cityQuota,
            long placesRegistered, long placesFilled, BigDecimal fulfilmentPercent) {
    }

    public record Table(LocalDate asOf, RuleView rule, List<Row> rows, Totals totals) {
    }
}
