package se.arbetsmarknad.reporting.demo;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.context.ManagedExecutor;
import org.hibernate.Session;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import se.arbetsmarknad.platform.demo.DemoDataConfig;
import se.arbetsmarknad.platform.jobs.ClusterLock;
import se.arbetsmarknad.platform.time.SuiteClock;
import se.arbetsmarknad.reporting.assistance.AssistanceImports;
import se.arbetsmarknad.reporting.assistance.FigureRow;
import se.arbetsmarknad.reporting.assistance.FigureRules;

/**
 * Demo data for ./suite up ({@code suite.demo-data.enabled=true}): what the financial-assistance system
 * would have sent every month since 2019 ({@link AssistanceDemoFigures}), imported through the same
 * import as the system's own calls, as its service account. The rest of reporting-service's figures come
 * from the other services' demo events. A start imports only the months not imported yet (none on a
 * second start the same month), in the background, in one replica.
 */
@ApplicationScoped
public class DemoData {

    static final String SYSTEM = "service-account-ekonomiskt-bistand";
    private static final Logger LOG = Logger.getLogger(DemoData.class);
    private static final int ATTEMPTS = 4;
    private static final java.time.Duration RETRY_AFTER = java.time.Duration.ofSeconds(20);

    @Inject
    AssistanceImports imports;
    @Inject
    ClusterLock lock;
    @Inject
    Session session;
    @Inject
    ManagedExecutor executor;
    @Inject
    SuiteClock clock;

    @Inject
    DemoDataConfig demoData;

    void onStart(@Observes StartupEvent start) {
        if (demoData.enabled()) {
            executor.runAsync(this::loadWithRetries);
        }
    }

    /**
     * On a busy machine (a fresh ./suite up while the other services write their demo history) one import of
     * every month since 2019 has outlasted the transaction timeout; it rolled back whole, and imports only the
     * months still missing, so it is simply tried again a little later.
     */
    private void loadWithRetries() {
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                Integer rows = lock.runExclusively("reporting-service.demo-data", this::load);
                LOG.infof("Demo data: %s monthly assistance rows imported", rows == null ? "another replica: 0" : rows);
                return;
            } catch (RuntimeException e) {
                if (attempt == ATTEMPTS) {
                    LOG.error("Demo data: the assistance figures were not imported; the next start tries again", e);
                    return;
                }
                LOG.warnf("Demo data: import attempt %d of %d failed (%s); trying again in %d s", attempt, ATTEMPTS,
                        e.getMessage(), RETRY_AFTER.toSeconds());
            }
            try {
                Thread.sleep(RETRY_AFTER);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Imports the months up to last month that are not imported yet; @return the rows imported */
    public int load() {
        YearMonth last = YearMonth.from(clock.today()).minusMonths(1);
        Object latest = session.createNativeQuery("select max(month) from assistance_figure", Object.class)
                .getSingleResult();
        YearMonth after = latest == null ? AssistanceDemoFigures.FIRST.minusMonths(1)
                : YearMonth.parse(latest.toString().substring(0, 7));
        List<FigureRules.Numbered> rows = new ArrayList<>();
        for (FigureRow r : AssistanceDemoFigures.rows(last)) {
            if (YearMonth.parse(r.month()).isAfter(after)) {
                rows.add(new FigureRules.Numbered(rows.size(), r));
            }
        }
        if (rows.isEmpty()) {
            return 0;
        }
        imports.importRows(rows, FigureRules.Naming.JSON, new AssistanceImports.Source("api", null, SYSTEM), false);
        return rows.size();
    }
}
