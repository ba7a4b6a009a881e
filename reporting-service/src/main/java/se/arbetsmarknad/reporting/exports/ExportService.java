package se.arbetsmarknad.reporting.exports;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.context.ManagedExecutor;
import org.hibernate.Session;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import se.arbetsmarknad.platform.problem.ProblemException;
import se.arbetsmarknad.reporting.ReportingConfig;
import se.arbetsmarknad.reporting.access.Scope;
import se.arbetsmarknad.reporting.render.Format;
import se.arbetsmarknad.reporting.render.Renderers;
import se.arbetsmarknad.reporting.reports.Params;
import se.arbetsmarknad.reporting.reports.Reports;
import se.arbetsmarknad.reporting.table.Table;

/**
 * Asynchronous exports: a job is stored, rendered in the background with its progress written as it
 * goes, and the finished file is kept for download for {@code reporting.export-retention}. The job runs
 * with the scope (unit) of the user who created it, captured at creation.
 */
@ApplicationScoped
public class ExportService {

    private static final Logger LOG = Logger.getLogger(ExportService.class);

    @Inject
    EntityManager em;
    @Inject
    Session session;
    @Inject
    ManagedExecutor executor;
    @Inject
    Reports reports;
    @Inject
    Renderers renderers;
    @Inject
    ObjectMapper mapper;
    @Inject
    ReportingConfig config;

    @Inject
    Clock clock;

    public record Job(UUID id, String owner, String report, String format, String status, Integer progress,
            String error, String filename, Instant createdAt, Instant finishedAt) {
    }

    public record File(String filename, String contentType, byte[] content) {
    }

    public UUID create(String report, String format, Map<String, String> parameters, Scope scope) {
        Format f = Format.parseFile(format);
        if (!reports.names().contains(report)) {
            throw ProblemException.invalid("report", "en av / one of " + reports.names());
        }
        Params params = new Params(parameters == null ? Map.of() : Map.copyOf(parameters));
        // Check the parameters and the caller's rights now, so a bad request fails at once, not in the job.
        Table checked = reports.build(report, params, scope);
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                insert into export_job (id, owner, report, format, parameters, status, progress, created_at)
                values (:id, :owner, :report, :format, cast(:params as jsonb), 'running', 0, :now)""")
                .setParameter("id", id).setParameter("owner", scope.username()).setParameter("report", report)
                .setParameter("format", f.extension).setParameter("params", json(params.values()))
                .setParameter("now", OffsetDateTime.now(clock)).executeUpdate());
        executor.execute(() -> run(id, checked, f, report));
        return id;
    }

    private void run(UUID id, Table table, Format format, String report) {
        try {
            int[] last = {0};
            byte[] content = renderers.render(table, format, percent -> {
                int scaled = 5 + percent * 90 / 100;
                if (scaled - last[0] >= 5) {
                    last[0] = scaled;
                    progress(id, scaled);
                }
            });
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                    update export_job set status = 'done', progress = 100, content = :content, content_type = :type,
                    filename = :name, finished_at = :now where id = :id""")
                    .setParameter("content", content).setParameter("type", format.mediaType)
                    .setParameter("name", report + "." + format.extension).setParameter("now", OffsetDateTime.now(clock))
                    .setParameter("id", id).executeUpdate());
        } catch (RuntimeException e) {
            LOG.errorf(e, "Export %s failed", id);
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                    "update export_job set status = 'failed', error = :error, finished_at = :now where id = :id")
                    .setParameter("error", e.getClass().getSimpleName()).setParameter("now", OffsetDateTime.now(clock))
                    .setParameter("id", id).executeUpdate());
        }
    }

    private void progress(UUID id, int percent) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update export_job set progress = :p where id = :id and status = 'running'")
                .setParameter("p", percent).setParameter("id", id).executeUpdate());
    }

    /** The job, if it exists and the caller created it (admins see all); otherwise empty (404). */
    public Optional<Job> find(UUID id, Scope scope, boolean admin) {
        List<Job> jobs = QuarkusTransaction.requiringNew().call(() -> session.createNativeQuery(
                "select id, owner, report, format, status, progress, error, filename, created_at, finished_at"
                        + " from export_job where id = :id",
                Job.class).setParameter("id", id).getResultList());
        return jobs.stream().filter(j -> admin || j.owner().equals(scope.username())).findFirst();
    }

    public File file(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> session.createNativeQuery(
                "select filename, content_type, content from export_job where id = :id and status = 'done'", File.class)
                .setParameter("id", id).getResultStream().findFirst())
                .orElseThrow(() -> ProblemException.conflict("Exporten är inte klar / The export is not finished"));
    }

    @Scheduled(every = "1h", delayed = "1m")
    void purgeExpired() {
        purge();
    }

    /** Deletes the jobs older than the retention with their files; any replica may run it (idempotent). */
    public int purge() {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "delete from export_job where created_at < :cutoff")
                .setParameter("cutoff", OffsetDateTime.now(clock).minus(config.exportRetention())).executeUpdate());
    }

    private String json(Map<String, String> values) {
        try {
            return mapper.writeValueAsString(values);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
