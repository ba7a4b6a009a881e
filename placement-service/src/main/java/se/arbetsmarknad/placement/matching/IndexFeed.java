package se.arbetsmarknad.placement.matching;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import se.arbetsmarknad.placement.PlacementConfig;

/**
 * Keeps the {@link MatchingIndex} current with every commit in the cluster: triggers on placement,
 * participant_profile and organisation send {@code NOTIFY matching_index, '<table>:<id>'} (delivered at
 * commit, once per row and transaction), and this thread reads the notified rows again, in batches. It
 * holds one dedicated connection (LISTEN needs a session; behind a transaction-pooling proxy it needs a
 * direct one). When the connection breaks it reconnects and reloads everything, since notifications sent
 * meanwhile are lost; a full reload also runs every {@code placement.matching.full-reload-interval} as a
 * safety net.
 */
@ApplicationScoped
public class IndexFeed {

    private static final Logger LOG = Logger.getLogger(IndexFeed.class);
    static final String CHANNEL = "matching_index";
    private static final int BATCH = 1000;

    @Inject
    MatchingIndex index;
    @Inject
    PlacementConfig config;
    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;
    @ConfigProperty(name = "quarkus.datasource.username")
    String username;
    @ConfigProperty(name = "quarkus.datasource.password")
    String password;

    private volatile boolean running = true;
    private Thread thread;

    void start(@Observes StartupEvent ev) {
        thread = Thread.ofPlatform().name("matching-index-feed").daemon().start(this::run);
    }

    void stop(@Observes ShutdownEvent ev) {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
    }

    private void run() {
        Duration backoff = Duration.ofMillis(200);
        while (running) {
            try (Connection c = DriverManager.getConnection(url, username, password)) {
                try (Statement s = c.createStatement()) {
                    s.execute("LISTEN " + CHANNEL);
                }
                index.reloadAll(); // after LISTEN: nothing committed from now on is missed
                backoff = Duration.ofMillis(200);
                listen(c.unwrap(PGConnection.class));
            } catch (SQLException | RuntimeException e) {
                if (!running) {
                    return;
                }
                LOG.warnf("Matching index feed interrupted (%s); reconnecting in %d ms", e.getMessage(), backoff.toMillis());
                try {
                    Thread.sleep(backoff.toMillis());
                } catch (InterruptedException ie) {
                    return;
                }
                backoff = backoff.multipliedBy(2).compareTo(Duration.ofSeconds(10)) > 0 ? Duration.ofSeconds(10) : backoff.multipliedBy(2);
            }
        }
    }

    private void listen(PGConnection pg) throws SQLException {
        long nextFullReload = System.nanoTime() + config.matching().fullReloadInterval().toNanos();
        while (running) {
            PGNotification[] first = pg.getNotifications(1000);
            Set<UUID> placements = new HashSet<>();
            Set<UUID> participants = new HashSet<>();
            Set<UUID> organisations = new HashSet<>();
            PGNotification[] batch = first;
            while (batch != null && batch.length > 0) {
                for (PGNotification n : batch) {
                    collect(n.getParameter(), placements, participants, organisations);
                }
                if (placements.size() + participants.size() + organisations.size() >= BATCH) {
                    break;
                }
                batch = pg.getNotifications(); // what else has arrived, without waiting
            }
            if (!placements.isEmpty() || !participants.isEmpty() || !organisations.isEmpty()) {
                index.reload(placements, participants, organisations);
            }
            if (System.nanoTime() > nextFullReload) {
                index.reloadAll();
                nextFullReload = System.nanoTime() + config.matching().fullReloadInterval().toNanos();
            }
        }
    }

    private static void collect(String payload, Set<UUID> placements, Set<UUID> participants, Set<UUID> organisations) {
        int colon = payload.indexOf(':');
        if (colon < 0) {
            return;
        }
        UUID id;
        try {
            id = UUID.fromString(payload.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            return;
        }
        switch (payload.substring(0, colon)) {
            case "placement" -> placements.add(id);
            case "participant_profile" -> participants.add(id);
            case "organisation" -> organisations.add(id);
            default -> {
            }
        }
    }
}
