package se.arbetsmarknad.web.assistance;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import se.arbetsmarknad.web.clients.AssistanceApi;
import se.arbetsmarknad.web.clients.AssistanceDtos.ImportReport;
import se.arbetsmarknad.web.clients.AssistanceDtos.ImportView;
import se.arbetsmarknad.web.clients.ServiceProblem;
import se.arbetsmarknad.web.errors.FileRefusal;
import se.arbetsmarknad.web.errors.RowError;
import se.arbetsmarknad.web.errors.SheetUpload;
import se.arbetsmarknad.web.security.SignedInUser;

/**
 * Ekonomiskt bistånd – månadsuppgifter: a manager or admin uploads the month's figures from the
 * financial-assistance system as Excel or CSV. The same two steps as the providers' bulk registration
 * ({@code provider.BulkPlacementResource}): reporting-service checks the file as a dry run and every row is
 * reported (new month, or replacing what was imported before) before anything is written; "Importera" then
 * sends the same file for real, all or nothing. The file travels back in the report page's form, so no
 * replica has to keep it. Below the form, the latest imports (files and the system's own).
 */
@Path("/ekonomiskt-bistand")
@RolesAllowed({SignedInUser.MANAGER, SignedInUser.ADMIN})
@Produces(MediaType.TEXT_HTML)
public class AssistanceFiguresResource {

    static final long MAX_BYTES = 2_000_000;
    static final int RECENT = 10;

    /** A group of the file's columns and what it holds (the service's template has every column). */
    public record Column(String names, String label) {
    }

    /** The figures' column stems (reporting-service's sheet naming) and their Swedish names. */
    static final Map<String, String> FIGURES = figures();
    static final List<Column> COLUMNS = columns();

    @Inject
    @RestClient
    AssistanceApi assistance;

    /** The checked file, ready to be imported: its content (base64) and type go back with the confirmation. */
    public record Checked(ImportReport report, String content, String type, String filename) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance figures(List<Column> columns, List<ImportView> recent, Checked checked,
                ImportReport imported, List<RowError> errors, String message);

        static native TemplateInstance figures$outcome(List<Column> columns, List<ImportView> recent, Checked checked,
                ImportReport imported, List<RowError> errors, String message);
    }

    @GET
    public TemplateInstance form() {
        return Templates.figures(COLUMNS, assistance.imports(RECENT), null, null, List.of(), null);
    }

    /** The header row to fill in, as reporting-service gives it: the one list of columns the upload reads. */
    @GET
    @Path("mall.csv")
    @Produces("text/csv")
    public Response template() {
        return Response.ok(assistance.template(), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"ekonomiskt-bistand-mall.csv\"").build();
    }

    @POST
    @Path("kontroll")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response check(@RestForm("fil") FileUpload file, @HeaderParam("HX-Request") String htmx) {
        return send("true".equals(htmx), SheetUpload.fromForm(file, MAX_BYTES), true);
    }

    @POST
    @Path("importera")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response importFile(@RestForm("innehall") String content, @RestForm("typ") String type,
            @RestForm("filnamn") String filename, @HeaderParam("HX-Request") String htmx) {
        return send("true".equals(htmx), SheetUpload.fromConfirmation(content, type, filename, MAX_BYTES), false);
    }

    private Response send(boolean fragment, SheetUpload.Read read, boolean dryRun) {
        if (read.problem() != null) {
            return outcome(fragment, 422, null, null, List.of(), read.problem());
        }
        SheetUpload file = read.upload();
        try {
            ImportReport report = assistance.upload(dryRun, file.filename(), file.type(), file.bytes());
            return dryRun
                    ? outcome(fragment, 200, new Checked(report, file.content(), file.type(), file.filename()), null, List.of(), null)
                    : outcome(fragment, 200, null, report, List.of(), null);
        } catch (ServiceProblem p) {
            FileRefusal refusal = FileRefusal.of(p, AssistanceFiguresResource::label, "Inget är importerat");
            return outcome(fragment, 422, null, null, refusal.rows(), refusal.message());
        }
    }

    /** "vuxna_k" → "Vuxna biståndsmottagare, kvinnor (vuxna_k)": the Swedish name and the column to look for. */
    static String label(String column) {
        if (column.equals("manad")) {
            return "Månad (manad)";
        }
        if (column.equals("enhet")) {
            return "Enhet (enhet)";
        }
        String stem = column.replaceFirst("_[kmt]$", "");
        String name = FIGURES.get(FIGURES.containsKey(column) ? column : stem);
        if (name == null) {
            return null;
        }
        String part = column.equals(stem) ? "" : switch (column.substring(column.length() - 1)) {
            case "k" -> ", kvinnor";
            case "m" -> ", män";
            default -> ", totalt";
        };
        return name + part + " (" + column + ")";
    }

    private Response outcome(boolean fragment, int status, Checked checked, ImportReport imported, List<RowError> errors,
            String message) {
        List<ImportView> recent = assistance.imports(RECENT); // after an import, it is the first
        TemplateInstance page = fragment ? Templates.figures$outcome(COLUMNS, recent, checked, imported, errors, message)
                : Templates.figures(COLUMNS, recent, checked, imported, errors, message);
        return Response.status(status).entity(page).build();
    }

    private static Map<String, String> figures() {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("hushall", "Hushåll med försörjningsstöd");
        out.put("vuxna", "Vuxna biståndsmottagare");
        out.put("langvarigt", "Varav långvarigt bistånd");
        out.put("over_36_manader", "Varav bistånd i mer än 36 månader");
        out.put("unga_19_24", "Varav unga vuxna 19–24 år");
        out.put("sjukskrivna", "Varav sjukskrivna med läkarintyg");
        return out;
    }

    private static List<Column> columns() {
        List<Column> out = new java.util.ArrayList<>(List.of(
                new Column("manad", "Månaden uppgifterna gäller, ÅÅÅÅ-MM (till exempel 2022-06)"),
                new Column("enhet", "Enhetens kod, till exempel arbete-forsorjning"),
                new Column("hushall", "Hushåll med försörjningsstöd under månaden, bara totalt")));
        FIGURES.forEach((stem, name) -> {
            if (!stem.equals("hushall")) {
                out.add(new Column(stem + "_k, " + stem + "_m, " + stem + "_t", name + ": kvinnor, män och totalt"));
            }
        });
        return List.copyOf(out);
    }
}
