package se.arbetsmarknad.reporting.assistance;

import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.arbetsmarknad.platform.problem.ProblemException;
import se.arbetsmarknad.platform.security.CurrentUser;
import se.arbetsmarknad.platform.security.Roles;
import se.arbetsmarknad.platform.sheet.SheetReader;

/**
 * Monthly figures from the financial-assistance system: sent by that system (its client-credentials token
 * carries {@link Roles#ASSISTANCE_IMPORT}) or uploaded by a manager or admin. The figures then are
 * statistics like any other (see {@link Measure}), read through {@code /api/statistics} with the same
 * suppression; they are never read back raw here.
 */
@Path("/api/assistance-figures")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Ekonomiskt bistånd / Financial assistance",
        description = "Månadsuppgifter från verksamhetssystemet för ekonomiskt bistånd / Monthly figures from the "
                + "financial-assistance system")
public class AssistanceResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** Far above a real upload (10 000 rows of CSV are about 1 MB), far below what would strain the service. */
    static final int MAX_BYTES = 5_000_000;

    @Inject
    AssistanceImports imports;
    @Inject
    CurrentUser user;

    @Schema(description = "Månadsuppgifter per enhet / Monthly figures per unit")
    public record ImportRequest(@NotNull @Size(min = 1, max = AssistanceImports.MAX_ROWS)
            List<@Valid @NotNull FigureRow> rows) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ASSISTANCE_IMPORT, Roles.MANAGER, Roles.ADMIN })
    @Operation(summary = "Importera månadsuppgifter / Import monthly figures",
            description = "Per månad och enhet: en ny import av samma månad ersätter den, och rapporter och mål följer. "
                    + "Allt eller inget: fel på någon rad och inget skrivs; svaret namnger rad och fält (rows[N].fält). / "
                    + "Per month and unit: importing a month again replaces it, and reports and goals follow. All or "
                    + "nothing: an error on any row and nothing is written; the answer names row and field.")
    @APIResponse(responseCode = "200", description = "Importerat, eller provkört (dryRun=true): utfall per rad / "
            + "Imported, or tried (dryRun=true): outcome per row")
    @APIResponse(responseCode = "400", description = "Fel per rad; inget importerat / Errors per row; nothing imported")
    public AssistanceImports.Report importJson(@Valid @NotNull ImportRequest request,
            @QueryParam("dryRun") @DefaultValue("false") boolean dryRun) {
        List<FigureRules.Numbered> rows = new ArrayList<>();
        for (int i = 0; i < request.rows().size(); i++) {
            rows.add(new FigureRules.Numbered(i, request.rows().get(i)));
        }
        return imports.importRows(rows, FigureRules.Naming.JSON, source("api", null), dryRun);
    }

    @POST
    @Path("sheet")
    @Consumes({ "text/csv", XLSX })
    @RolesAllowed({ Roles.ASSISTANCE_IMPORT, Roles.MANAGER, Roles.ADMIN })
    @Operation(summary = "Läs in månadsuppgifter från CSV eller Excel / Upload monthly figures as CSV or Excel",
            description = "Första raden: kolumnnamn (mallen: GET /api/assistance-figures/sheet/template): manad "
                    + "(ÅÅÅÅ-MM), enhet, hushall, och per uppgift _k, _m, _t: vuxna, langvarigt, over_36_manader, "
                    + "unga_19_24, sjukskrivna. Samma regler som JSON-importen; allt eller inget, och felen namnger "
                    + "filens rad (rubriken är rad 1) och kolumn: rows[3].vuxna_t. / First row: column names. The "
                    + "same rules as the JSON import; all or nothing, errors name the file's row (header = row 1) "
                    + "and column.")
    @APIResponse(responseCode = "200", description = "Importerat, eller provkört (dryRun=true): utfall per rad / "
            + "Imported, or tried (dryRun=true): outcome per row")
    @APIResponse(responseCode = "400", description = "Fel per rad och kolumn; inget importerat / Errors per row and "
            + "column; nothing imported")
    public AssistanceImports.Report importSheet(@QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
            @QueryParam("filename") @Size(max = 200) @Schema(example = "ekonomiskt-bistand-2022-06.xlsx") String filename,
            byte[] body) {
        if (body != null && body.length > MAX_BYTES) {
            throw ProblemException.invalid("file", "högst " + MAX_BYTES / 1_000_000 + " MB / at most "
                    + MAX_BYTES / 1_000_000 + " MB");
        }
        // the sheet reader tells CSV from Excel by the content; an empty body is its 400 naming the file
        FigureSheet.Read read = FigureSheet.read(SheetReader.read(body == null ? new byte[0] : body,
                AssistanceImports.MAX_ROWS));
        return imports.importRows(read.rows(), read.unreadable(), FigureRules.Naming.SHEET,
                source("upload", filename == null || filename.isBlank() ? null : filename.strip()), dryRun);
    }

    @GET
    @Path("sheet/template")
    @Produces("text/csv")
    @RolesAllowed({ Roles.ASSISTANCE_IMPORT, Roles.MANAGER, Roles.ADMIN })
    @Operation(summary = "Mall för filen: rubrikraden som CSV / The file's template: its header row as CSV")
    public Response template() {
        return Response.ok(FigureSheet.template(), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"ekonomiskt-bistand-mall.csv\"").build();
    }

    @GET
    @Path("imports")
    @RolesAllowed({ Roles.ASSISTANCE_IMPORT, Roles.MANAGER, Roles.ADMIN })
    @Operation(summary = "Gjorda importer, senaste först / Imports made, newest first")
    public List<AssistanceImports.ImportView> recent(@QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        return imports.recent(limit);
    }

    private AssistanceImports.Source source(String kind, String filename) {
        return new AssistanceImports.Source(kind, filename, user.username());
    }

}
