package se.arbetsmarknad.placement.organisation;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class OrganisationDtos {
    private OrganisationDtos() {
    }

    public record Contact(
            @NotBlank @Size(max = 200) @Schema(example = "Karin Handledare") String name,
            @Size(max = 100) @Schema(example = "HR-partner") String role,
            @Email @Size(max = 200) @Schema(example = "karin@example.se") String email,
            @Size(max = 40) @Schema(example = "040-34 10 00") String phone) {
    }

    @Schema(description = "Registrera eller ändra en organisation / Register or change an organisation")
    public record OrganisationRequest(
            @NotBlank @Size(max = 63) @Pattern(regexp = "[a-z0-9][a-z0-9-]{1,62}", message = "små bokstäver, siffror och bindestreck / lower-case letters, digits and hyphens")
            @Schema(example = "bussbolaget-syd", description = "Kod; lika med inloggningens claim 'organisation' / equals the login's 'organisation' claim") String code,
            @NotBlank @Size(max = 200) @Schema(example = "Bussbolaget Syd AB") String name,
            @NotBlank @Size(max = 20) @Schema(example = "privat", enumeration = {"forvaltning", "privat", "ideell", "asf"}) String kind,
            @Size(max = 11) @Schema(example = "556677-1233", description = "Organisationsnummer NNNNNN-NNNN; krävs för privat och asf / required for privat and asf") String organisationNumber,
            @Size(max = 100) @Schema(example = "Malmö") String municipality,
            @Size(max = 20) List<@NotNull @Valid Contact> contacts) {
    }

    public record EmployeeCountRequest(
            @NotNull @Schema(example = "2020-04-30") LocalDate countedOn,
            @NotNull @Min(0) @Max(1_000_000) @Schema(example = "6095") Integer employees) {
    }

    public record EmployeeCountView(LocalDate countedOn, int employees) {
    }

    public record OrganisationView(UUID id, @Schema(example = "grundskoleforvaltningen") String code,
            @Schema(example = "Grundskoleförvaltningen") String name, OrganisationKind kind,
            @Schema(example = "kommunal") String sector, String organisationNumber, String municipality,
            @Schema(example = "6095") Integer employees, LocalDate employeesOn,
            @Schema(example = "347", description = "Kvot enligt fördelningsmodellen / quota by the distribution model") Integer quota,
            List<Contact> contacts, List<EmployeeCountView> employeeHistory, long version) {
    }

    /** The OpenAPI schema of a page of organisations ({@link se.arbetsmarknad.platform.http.Page}). */
    @Schema(name = "OrganisationPage", description = "En sida organisationer / one page of organisations")
    public record OrganisationPage(List<OrganisationView> items, int page, int size, long total) {
    }
}
