package se.arbetsmarknad.reporting.readmodel;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.hibernate.Session;

/**
 * The pre-aggregated counters. The projections add deltas during a transaction (in memory, summed per
 * key); {@link #flush()} writes them at its end: one upsert per distinct key into the daily, monthly
 * and all-time counters, in key order (so concurrent transactions lock rows in the same order and
 * cannot deadlock), plus the (statistic, year) pairs to publish and the units seen; the counts made once
 * per participant and year ({@link #addOnce}) are decided there too, by one insert. However many events
 * a transaction applies, the counters cost one round trip per table.
 */
@ApplicationScoped
public class Facts {

    private static final Comparator<FactBuffer.Key> KEY_ORDER = Comparator.comparing(FactBuffer.Key::statistic)
            .thenComparing(FactBuffer.Key::day).thenComparing(k -> k.dims().gender())
            .thenComparing(k -> k.dims().unit()).thenComparing(k -> k.dims().ageBand())
            .thenComparing(k -> k.dims().kind()).thenComparing(k -> k.dims().project())
            .thenComparingInt(FactBuffer.Key::days);

    private static final Comparator<FactBuffer.Once> ONCE_ORDER = Comparator.comparing(FactBuffer.Once::participant)
            .thenComparing(FactBuffer.Once::statistic).thenComparingInt(FactBuffer.Once::year);

    @Inject
    FactBuffer buffer;
    @Inject
    Session session;

    @Transactional(Transactional.TxType.MANDATORY)
    public void add(String statistic, LocalDate day, Dims dims, long delta) {
        add(statistic, day, dims, 0, delta);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void add(String statistic, LocalDate day, Dims dims, int days, long delta) {
        if (delta != 0) {
            buffer.add(new FactBuffer.Key(statistic, day, dims, days), delta);
        }
    }

    /**
     * Adds 1 to {@code statistic} on {@code day} unless the participant was counted for it in that year
     * before (participant_counted): decided when the transaction's counters are written, for all its
     * events by one insert, instead of one insert per event.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void addOnce(UUID participant, String statistic, LocalDate day, Dims dims) {
        buffer.once(new FactBuffer.Once(participant, statistic, day.getYear()), new FactBuffer.OnceFact(day, dims));
    }

    /**
     * Records the {@link #addOnce} requests so far and adds the 1 of those that are first. {@link #flush()}
     * does it; call it yourself before deleting a participant's participant_counted rows in the same
     * transaction (an erasure), so the request is decided on what was there before.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void countOnce() {
        Map<FactBuffer.Once, FactBuffer.OnceFact> requests = buffer.once();
        if (requests.isEmpty()) {
            return;
        }
        // In key order, like the counters: concurrent transactions insert the same keys in the same order.
        List<FactBuffer.Once> keys = requests.keySet().stream().sorted(ONCE_ORDER).toList();
        List<FactBuffer.Once> first = session.doReturningWork(connection -> {
            try (PreparedStatement ps = connection.prepareStatement("""
                    insert into participant_counted (participant_id, statistic, year)
                    select * from unnest(?::uuid[], ?::text[], ?::int[])
                    on conflict do nothing returning participant_id, statistic, year""")) {
                ps.setArray(1, connection.createArrayOf("uuid", keys.stream().map(FactBuffer.Once::participant).toArray()));
                ps.setArray(2, connection.createArrayOf("text", keys.stream().map(FactBuffer.Once::statistic).toArray()));
                ps.setArray(3, connection.createArrayOf("integer", keys.stream().map(FactBuffer.Once::year).toArray()));
                List<FactBuffer.Once> inserted = new ArrayList<>();
                try (var rows = ps.executeQuery()) {
                    while (rows.next()) {
                        inserted.add(new FactBuffer.Once(rows.getObject(1, UUID.class), rows.getString(2), rows.getInt(3)));
                    }
                }
                return inserted;
            }
        });
        for (FactBuffer.Once key : first) {
            FactBuffer.OnceFact fact = requests.get(key);
            buffer.add(new FactBuffer.Key(key.statistic(), fact.day(), fact.dims(), 0), 1);
        }
        requests.clear();
    }

    /** Marks a statistic and year for publication (statistic.series-updated). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void changed(String statistic, int year) {
        buffer.changed(statistic, year);
    }

    /** A unit named by an event: from now on reports answer for it (and 404 for units never named). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void unit(String unit) {
        buffer.unit(unit);
    }

    /** Writes what this transaction added; call it once before the transaction ends. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void flush() {
        if (buffer.isEmpty()) {
            return;
        }
        countOnce();
        Map<FactBuffer.Key, Long> daily = sorted(buffer.deltas(), k -> k);
        Map<FactBuffer.Key, Long> monthly = sorted(buffer.deltas(), k -> new FactBuffer.Key(k.statistic(),
                k.day().withDayOfMonth(1), k.dims(), k.days()));
        Map<FactBuffer.Key, Long> total = sorted(buffer.deltas(), k -> new FactBuffer.Key(k.statistic(), LocalDate.EPOCH,
                k.dims(), k.days()));
        List<FactBuffer.Changed> changed = buffer.changed().stream()
                .sorted(Comparator.comparing(FactBuffer.Changed::statistic).thenComparingInt(FactBuffer.Changed::year))
                .toList();
        List<String> units = buffer.units().stream().sorted().toList();
        session.doWork(connection -> {
            counters(connection, "stat_fact", "day", daily);
            counters(connection, "stat_month", "month", monthly);
            totals(connection, total);
            try (PreparedStatement ps = connection.prepareStatement("""
                    insert into stat_changed (statistic, year) values (?, ?)
                    on conflict (statistic, year) do update set version = stat_changed.version + 1""")) {
                for (FactBuffer.Changed c : changed) {
                    ps.setString(1, c.statistic());
                    ps.setInt(2, c.year());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            try (PreparedStatement ps = connection.prepareStatement(
                    "insert into unit (code) values (?) on conflict do nothing")) {
                for (String unit : units) {
                    ps.setString(1, unit);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        });
        buffer.clear();
    }

    /** Sums per bucket in key order; a net zero is still written, as applying the events one by one would. */
    private static Map<FactBuffer.Key, Long> sorted(Map<FactBuffer.Key, Long> deltas,
            Function<FactBuffer.Key, FactBuffer.Key> bucket) {
        Map<FactBuffer.Key, Long> out = new TreeMap<>(KEY_ORDER);
        deltas.forEach((k, v) -> out.merge(bucket.apply(k), v, Long::sum));
        return out;
    }

    private static void counters(Connection connection, String table, String dayColumn, Map<FactBuffer.Key, Long> rows)
            throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("insert into " + table + " (statistic, " + dayColumn
                + ", gender, unit, age_band, kind, project, days, value) values (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                + " on conflict (statistic, " + dayColumn + ", gender, unit, age_band, kind, project, days)"
                + " do update set value = " + table + ".value + excluded.value")) {
            for (var e : rows.entrySet()) {
                FactBuffer.Key k = e.getKey();
                ps.setString(1, k.statistic());
                ps.setDate(2, Date.valueOf(k.day()));
                dims(ps, 3, k);
                ps.setLong(9, e.getValue());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void totals(Connection connection, Map<FactBuffer.Key, Long> rows) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("""
                insert into stat_total (statistic, gender, unit, age_band, kind, project, days, value)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (statistic, gender, unit, age_band, kind, project, days)
                do update set value = stat_total.value + excluded.value""")) {
            for (var e : rows.entrySet()) {
                FactBuffer.Key k = e.getKey();
                ps.setString(1, k.statistic());
                dims(ps, 2, k);
                ps.setLong(8, e.getValue());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** gender, unit, age band, kind, project, days from {@code first} on. */
    private static void dims(PreparedStatement ps, int first, FactBuffer.Key k) throws SQLException {
        ps.setString(first, k.dims().gender());
        ps.setString(first + 1, k.dims().unit());
        ps.setString(first + 2, k.dims().ageBand());
        ps.setString(first + 3, k.dims().kind());
        ps.setString(first + 4, k.dims().project());
        ps.setInt(first + 5, k.days());
    }
}
