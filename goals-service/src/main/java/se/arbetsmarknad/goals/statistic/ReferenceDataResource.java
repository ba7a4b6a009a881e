package se.arbetsmarknad.goals.statistic;

import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.arbetsmarknad.goals.catalogue.StatisticsCatalogue;
import se.arbetsmarknad.platform.security.Roles;

@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.MANAGER, Roles.ADMIN, Roles.CASE_OFFICER })
@Tag(name = "Statistik och referensdata / Statistics and reference data")
public class ReferenceDataResource {

    @Inject
    ReferenceData referenceData;
    @Inject
    StatisticsCatalogue catalogue;

    @Schema(description = "Värden per år / Values per year")
    public record SeriesValues(@NotNull @NotEmpty @Size(max = 101)
            @Schema(description = "År 2000–2100 → värde över 0, högst 1 000 000 000 / Year 2000–2100 → value above 0, at most 1e9",
                    example = "{\"2023\": 187000, \"2024\": 189500}")
            Map<@NotNull @Min(2000) @Max(2100) Integer, @NotNull @DecimalMin(value = "0", inclusive = false)
                    @DecimalMax("1000000000") Double> values) {
    }

    @GET
    @Path("statistics")
    @Operation(summary = "Statistikkatalogen / The statistics catalogue",
            description = "Id:n som en indikator kan kopplas till / The ids an indicator can be bound to")
    public List<StatisticsCatalogue.Statistic> statistics() {
        return catalogue.all();
    }

    @Schema(description = "En referensserie med värden per år / A reference series with its values per year")
    public record Series(@Schema(example = "vuxna-uppsala") String series,
            @Schema(example = "{\"2023\": 187000, \"2024\": 189500}") Map<Integer, Double> values) {
    }

    @GET
    @Path("reference-data")
    @Operation(summary = "Alla referensserier / Every reference series",
            description = "Namn och värden per år, i namnordning / Names and values per year, by name")
    public List<Series> series() {
        return referenceData.all().entrySet().stream().map(e -> new Series(e.getKey(), e.getValue())).toList();
    }

    @GET
    @Path("reference-data/{series}")
    @Operation(summary = "Läs en referensserie / Read a reference series")
    public SeriesValues get(@PathParam("series") @Pattern(regexp = "[a-z0-9-]{1,60}") String series) {
        return new SeriesValues(referenceData.values(series));
    }

    @PUT
    @Path("reference-data/{series}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.MANAGER, Roles.ADMIN })
    @Operation(summary = "Importera en referensserie, t.ex. vuxna invånare per år / Import a reference series, e.g. adults per year",
            description = "År som anges ersätts, övriga år står kvar / Years given are replaced, others stay")
    public SeriesValues put(@PathParam("series") @Pattern(regexp = "[a-z0-9-]{1,60}") String series,
            @NotNull @jakarta.validation.Valid SeriesValues body) {
        return new SeriesValues(referenceData.put(series, body.values()));
    }
}
