package se.arbetsmarknad.reporting.exports;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import se.arbetsmarknad.platform.problem.ProblemException;
import se.arbetsmarknad.reporting.access.Scope;
import se.arbetsmarknad.reporting.reports.Params;
import se.arbetsmarknad.reporting.reports.Reports;
import se.arbetsmarknad.reporting.statistics.StatisticsService;
import se.arbetsmarknad.reporting.table.Renderers;
import se.arbetsmarknad.reporting.table.Table;

/**
 * Asynchronous exports: a job is stored, rendered in the background with its progress written as it
 * goes, and the finished file is kept for download for a day. The job runs with the scope (unit) of
 * the user who created it, captured at creation.
 */
@ApplicationScoped
public class ExportService {

    private static final Logger LOG = Logger.getLogger(ExportService.class);

    @Inject
    EntityManager em;
    @Inject
    ManagedExecutor executor;
    @Inject
    Reports reports;
    @Inject
    StatisticsService statistics;
    @Inject
    ObjectMapper mapper;

    public record Job(UUID id, String owner, String report, String format, String status, int progress,
            String error, String filename) {
    }

    public record File(String filename, String contentType, byte[] content) {
    }

    public UUID create(String report, String format, Map<String, String> parameters, Scope scope) {
        Renderers.Format f = Renderers.Format.parse(format);
        if (f == Renderers.Format.JSON) {
            throw ProblemException.invalid("format", "csv, xlsx eller pdf / csv, xlsx or pdf");
        }
        if (!Reports.NAMES.contains(report) && !"statistic".equals(report)) {
            throw ProblemException.invalid("report", "en av / one of " + Reports.NAMES + ", statistic");
        }
        Params params = new Params(parameters == null ? Map.of() : Map.copyOf(parameters));
        // Check the parameters and the caller's rights now, so a bad request fails at once, not in the job.
        Table checked = build(report, params, scope);
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                insert into export_job (id, owner, report, format, parameters, status, progress, created_at)
                values (:id, :owner, :report, :format, cast(:params as jsonb), 'running', 0, now())""")
                .setParameter("id", id).setParameter("owner", scope.username()).setParameter("report", report)
                .setParameter("format", f.extension).setParameter("params", json(params.values()))
                .executeUpdate());
        executor.execute(() -> run(id, checked, f, report));
        return id;
    }

    private Table build(String report, Params p, Scope scope) {
        if ("statistic".equals(report)) {
            String id = p.text("statistic");
            if (id == null) {
                throw ProblemException.invalid("parameters.statistic", "krävs / required");
            }
            return statistics.table(new StatisticsService.Ask(id, p.text("period"),
                    p.text("year") == null ? null : p.year("year", 0), p.date("from", null), p.date("to", null),
                    p.text("by") == null ? List.of() : List.of(p.text("by")), scope.unitFilter(p.text("unit")),
                    p.text("kind"), p.text("project"), p.text("ageBand")));
        }
        return reports.build(report, p, scope);
    }

    private void run(UUID id, Table table, Renderers.Format format, String report) {
        try {
            int[] last = {0};
            byte[] content = Renderers.render(table, format, percent -> {
                int scaled = 5 + percent * 90 / 100;
                if (scaled - last[0] >= 5) {
                    last[0] = scaled;
                    progress(id, scaled);
                }
            });
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                    update export_job set status = 'done', progress = 100, content = :content, content_type = :type,
                    filename = :name, finished_at = now() where id = :id""")
                    .setParameter("content", content).setParameter("type", format.mediaType)
                    .setParameter("name", report + "." + format.extension).setParameter("id", id).executeUpdate());
        } catch (RuntimeException e) {
            LOG.errorf(e, "Export %s failed", id);
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                    "update export_job set status = 'failed', error = :error, finished_at = now() where id = :id")
                    .setParameter("error", e.getClass().getSimpleName()).setParameter("id", id).executeUpdate());
        }
    }

    private void progress(UUID id, int percent) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update export_job set progress = :p where id = :id and status = 'running'")
                .setParameter("p", percent).setParameter("id", id).executeUpdate());
    }

    /** The job, if it exists and the caller created it (admins see all); otherwise empty (404). */
    public Optional<Job> find(UUID id, Scope scope, boolean admin) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select id, owner, report, format, status, progress, error, filename from export_job where id = :id")
                .setParameter("id", id).getResultList());
        return rows.stream().map(r -> new Job((UUID) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                ((Number) r[5]).intValue(), (String) r[6], (String) r[7]))
                .filter(j -> admin || j.owner().equals(scope.username())).findFirst();
    }

    public File file(UUID id) {
        Object[] r = (Object[]) QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select filename, content_type, content from export_job where id = :id and status = 'done'")
                .setParameter("id", id).getResultStream().findFirst().orElse(null));
        if (r == null) {
            throw ProblemException.conflict("Exporten är inte klar / The export is not finished");
        }
        return new File((String) r[0], (String) r[1], (byte[]) r[2]);
    }

    /** Finished files are kept a day; the job runs in one replica at a time. */
    @Scheduled(every = "1h", delayed = "1m")
    void purge() {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "delete from export_job where created_at < :cutoff")
                .setParameter("cutoff", OffsetDateTime.now(ZoneOffset.UTC).minusDays(1)).executeUpdate());
    }

    private String json(Map<String, String> values) {
        try {
            return mapper.writeValueAsString(values);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
