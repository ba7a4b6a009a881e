package se.arbetsmarknad.platform.testing.contract;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The number of rows in every table of the service's database (the outbox included), in one query,
 * to show that a refused request wrote nothing.
 */
public final class RowCounts implements AutoCloseable {

    private final Connection connection;
    private final String query;

    public RowCounts() {
        var config = ConfigProvider.getConfig();
        try {
            connection = DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                    config.getOptionalValue("quarkus.datasource.username", String.class).orElse(null),
                    config.getOptionalValue("quarkus.datasource.password", String.class).orElse(null));
            List<String> tables = new ArrayList<>();
            try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery("""
                    select table_name from information_schema.tables
                    where table_schema = current_schema() and table_type = 'BASE TABLE'
                      and table_name <> 'flyway_schema_history' order by table_name""")) {
                while (r.next()) {
                    tables.add(r.getString(1));
                }
            }
            query = tables.stream().map(t -> "select '" + t + "', count(*) from \"" + t + "\"")
                    .collect(Collectors.joining(" union all "));
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the service's tables", e);
        }
    }

    public Map<String, Long> snapshot() {
        Map<String, Long> counts = new TreeMap<>();
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(query)) {
            while (r.next()) {
                counts.put(r.getString(1), r.getLong(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return counts;
    }

    /** The tables whose counts differ, as {@code table: before → after}. */
    public static String difference(Map<String, Long> before, Map<String, Long> after) {
        return before.keySet().stream().filter(t -> !before.get(t).equals(after.get(t)))
                .map(t -> t + ": " + before.get(t) + " → " + after.get(t)).collect(Collectors.joining(", "));
    }

    /**
     * Waits until nothing else writes (consumers and jobs finishing earlier work): two equal snapshots
     * 100 ms apart, at most {@code seconds}.
     */
    public Map<String, Long> quiet(int seconds) {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        Map<String, Long> last = snapshot();
        while (System.nanoTime() < deadline) {
            sleep(100);
            Map<String, Long> now = snapshot();
            if (now.equals(last)) {
                return now;
            }
            last = now;
        }
        return last;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // closing after the run
        }
    }
}
