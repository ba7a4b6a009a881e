package se.arbetsmarknad.web.admin;

import static se.arbetsmarknad.web.clients.Calls.join;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import se.arbetsmarknad.web.clients.AdminDtos.NewKind;
import se.arbetsmarknad.web.clients.GoalsApi;
import se.arbetsmarknad.web.clients.GoalsDtos.Series;
import se.arbetsmarknad.web.clients.GoalsDtos.SeriesValues;
import se.arbetsmarknad.web.clients.ParticipantApi;
import se.arbetsmarknad.web.clients.ParticipantDtos.InterventionKind;
import se.arbetsmarknad.web.clients.PlacementApi;
import se.arbetsmarknad.web.clients.PlacementDtos.QuotaRule;
import se.arbetsmarknad.web.clients.PlacementDtos.QuotaRuleChange;
import se.arbetsmarknad.web.clients.ReportingApi;
import se.arbetsmarknad.web.clients.ReportingDtos.CostRate;
import se.arbetsmarknad.web.clients.ReportingDtos.NewCostRate;
import se.arbetsmarknad.web.clients.ServiceProblem;
import se.arbetsmarknad.web.errors.Form;
import se.arbetsmarknad.web.errors.FormInput;
import se.arbetsmarknad.web.errors.Snapshot;
import se.arbetsmarknad.web.errors.Snapshot.Change;
import se.arbetsmarknad.web.format.Labels;
import se.arbetsmarknad.web.format.Labels.Option;
import se.arbetsmarknad.web.security.SignedInUser;

/**
 * Reference data the admin keeps, each where its service keeps it: intervention kinds (participant-service),
 * the fördelningsmodell's quota rule (placement-service, optimistic locking: a stale save shows what the other
 * person changed), cost rates per employment kind with their dates (reporting-service) and reference series
 * such as adults per year (goals-service).
 */
@Path("/admin/referensdata")
@RolesAllowed(SignedInUser.ADMIN)
@Produces(MediaType.TEXT_HTML)
public class ReferenceDataResource {

    static final Map<String, String> DONE = Map.of(
            "insatstyp", "Insatstypen är tillagd.",
            "regel", "Regeln är ändrad. Förvaltningarnas fördelningstal räknas om.",
            "kostnad", "Den nya kostnaden är sparad. Den tidigare gäller till dagen före.",
            "serie", "Referensserien är sparad. Mål som räknar med den räknas om.");
    static final Map<String, String> KIND_LABELS = Map.of("code", "Kod", "category", "Kategori", "nameSv", "Namn på svenska",
            "nameEn", "Namn på engelska");
    static final Map<String, String> RATE_LABELS = Map.of("kind", "Anställningsform", "monthlyRate", "Månadskostnad per anställd (kr)",
            "validFrom", "Gäller från och med");
    static final Map<String, String> SERIES_LABELS = Map.of("series", "Serie", "year", "År", "value", "Värde");

    @Inject
    @RestClient
    ParticipantApi participants;
    @Inject
    @RestClient
    PlacementApi placements;
    @Inject
    @RestClient
    ReportingApi reporting;
    @Inject
    @RestClient
    GoalsApi goals;

    /** Everything the page shows, with the four forms (one of them perhaps with errors). */
    public record View(List<InterventionKind> kinds, Form kindForm, QuotaRule rule, Form ruleForm, List<Change> ruleChanges,
            List<CostRate> rates, Form rateForm, List<Series> series, Form seriesForm, String done) {

        public List<Option> categories() {
            return Labels.options("kindCategory");
        }

        public List<Option> methods() {
            return Labels.options("quotaMethod");
        }

        public List<Option> placementKinds() {
            return Labels.options("placementKind");
        }

        /** The employment kinds that have a rate, for the new rate's select. */
        public List<Option> rateKinds() {
            return rates.stream().map(r -> new Option(r.kind(), r.label())).distinct().toList();
        }

        public List<Integer> years() {
            return series.stream().flatMap(s -> s.values().keySet().stream()).distinct().sorted().toList();
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance referenceData(View view);
    }

    @GET
    public TemplateInstance page(@QueryParam("klart") String done) {
        return Templates.referenceData(view(null, null, List.of(), null, null, done == null ? null : DONE.get(done)));
    }

    @POST
    @Path("insatstyper")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addKind(MultivaluedMap<String, String> posted) {
        Form form = Form.of(posted).labels(KIND_LABELS);
        try {
            participants.addInterventionKind(new NewKind(form.raw("code"), form.raw("category"), form.raw("nameSv"), form.raw("nameEn")));
            return done("insatstyp", "insatstyper");
        } catch (ServiceProblem p) {
            p.rethrowUnlessAboutTheInput();
            form.fromProblem(p, f -> KIND_LABELS.containsKey(f) ? f : null);
        }
        return Response.status(422).entity(Templates.referenceData(view(form, null, List.of(), null, null, null))).build();
    }

    @POST
    @Path("regel")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response changeRule(MultivaluedMap<String, String> posted) {
        Form form = Form.of(posted).labels(QuotaRuleForm.LABELS);
        QuotaRuleChange mine = QuotaRuleForm.read(form);
        List<Change> changes = List.of();
        int status = 422;
        if (!form.hasErrors()) {
            try {
                placements.changeQuotaRule(FormInput.ifMatch(FormInput.version(form)), mine);
                return done("regel", "regel");
            } catch (ServiceProblem p) {
                if (p.status() == 412) {
                    // Someone changed the rule since this page was opened: keep what was typed, show what changed.
                    QuotaRule now = placements.quotaRule();
                    Snapshot stored = QuotaRuleForm.displayed(now.method(), now.sharePercent(), now.total(), now.kinds());
                    changes = Snapshot.decode(form.value(Snapshot.FIELD)).changes(stored,
                            QuotaRuleForm.displayed(mine.method(), mine.sharePercent(), mine.total(), mine.kinds()), QuotaRuleForm.LABELS);
                    form.value("version", now.version()).value(Snapshot.FIELD, stored.encode());
                    form.message("Någon annan har ändrat regeln medan du redigerade. Din ändring är inte sparad. "
                            + "Se vad som ändrats nedan, kontrollera och spara igen.");
                    status = 409;
                } else {
                    p.rethrowUnlessAboutTheInput();
                    form.fromProblem(p, f -> QuotaRuleForm.LABELS.containsKey(f) ? f : f.startsWith("kinds") ? "kinds" : null);
                }
            }
        }
        return Response.status(status).entity(Templates.referenceData(view(null, form, changes, null, null, null))).build();
    }

    @POST
    @Path("kostnader")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addRate(MultivaluedMap<String, String> posted) {
        Form form = Form.of(posted).labels(RATE_LABELS);
        BigDecimal rate = FormInput.decimal(form, "monthlyRate");
        LocalDate from = FormInput.date(form, "validFrom");
        if (!form.hasErrors()) {
            try {
                reporting.addCostRate(new NewCostRate(form.raw("kind"), rate, from));
                return done("kostnad", "kostnader");
            } catch (ServiceProblem p) {
                p.rethrowUnlessAboutTheInput();
                form.fromProblem(p, f -> RATE_LABELS.containsKey(f) ? f : null);
            }
        }
        return Response.status(422).entity(Templates.referenceData(view(null, null, List.of(), form, null, null))).build();
    }

    @POST
    @Path("serier")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response putSeries(MultivaluedMap<String, String> posted) {
        Form form = Form.of(posted).labels(SERIES_LABELS);
        Integer year = FormInput.integer(form, "year");
        BigDecimal value = FormInput.decimal(form, "value");
        String series = form.raw("series");
        if (series == null) {
            form.error("series", "Ange seriens namn, till exempel vuxna-invanare.");
        }
        if (year == null && form.error("year") == null) {
            form.error("year", "Ange året.");
        }
        if (value == null && form.error("value") == null) {
            form.error("value", "Ange värdet.");
        }
        if (!form.hasErrors()) {
            try {
                goals.putReferenceSeries(series, new SeriesValues(Map.of(year, value.doubleValue())));
                return done("serie", "serier");
            } catch (ServiceProblem p) {
                p.rethrowUnlessAboutTheInput();
                // goals-service names the value "values.<year>" and the year "values"
                form.fromProblem(p, f -> f.startsWith("values.") ? "value" : f.equals("values") ? "year" : f.equals("series") ? "series" : null);
            }
        }
        return Response.status(422).entity(Templates.referenceData(view(null, null, List.of(), null, form, null))).build();
    }

    /** The page with fresh data from the four services; a form given here (with errors) replaces its empty one. */
    private View view(Form kindForm, Form ruleForm, List<Change> ruleChanges, Form rateForm, Form seriesForm, String done) {
        // The four services at once: the page takes as long as the slowest, not their sum.
        var kinds = participants.interventionKindsAsync();
        var rates = reporting.costRatesAsync();
        var series = goals.referenceSeriesListAsync();
        QuotaRule rule = placements.quotaRule();
        return new View(join(kinds), kindForm != null ? kindForm : Form.empty().labels(KIND_LABELS), rule,
                ruleForm != null ? ruleForm : QuotaRuleForm.fill(Form.empty().labels(QuotaRuleForm.LABELS), rule), ruleChanges,
                join(rates), rateForm != null ? rateForm : Form.empty().labels(RATE_LABELS),
                join(series), seriesForm != null ? seriesForm : Form.empty().labels(SERIES_LABELS), done);
    }

    private static Response done(String what, String section) {
        return Response.seeOther(URI.create("/admin/referensdata?klart=" + what + "#" + section)).build();
    }

}
