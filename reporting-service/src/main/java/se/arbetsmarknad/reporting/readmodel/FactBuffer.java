package se.arbetsmarknad.reporting.readmodel;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * What the events of one transaction add to the counters, summed per key, until {@link Facts#flush()}
 * writes it. A transaction that ends with unwritten changes is rolled back (nothing is lost silently).
 */
@TransactionScoped
public class FactBuffer implements Serializable {

    /** One counter: a statistic on a day in a breakdown ({@code days}: the histogram bucket, else 0). */
    record Key(String statistic, LocalDate day, Dims dims, int days) {
    }

    record Changed(String statistic, int year) {
    }

    /** A participant counted at most once per statistic and year (participant_counted). */
    record Once(UUID participant, String statistic, int year) {
    }

    /** Where a {@link Once} adds its 1 if it is the first: the day and breakdown of the event that asked first. */
    record OnceFact(LocalDate day, Dims dims) {
    }

    // Reached through methods only: the bean is used through its client proxy, whose own fields are empty.
    private final Map<Key, Long> deltas = new HashMap<>();
    private final Set<Changed> changed = new HashSet<>();
    private final Set<String> units = new HashSet<>();
    private final Map<Once, OnceFact> once = new LinkedHashMap<>();
    private boolean guarded;

    @Inject
    transient TransactionSynchronizationRegistry registry;

    void add(Key key, long delta) {
        guard();
        deltas.merge(key, delta, Long::sum);
        changed.add(new Changed(key.statistic(), key.day().getYear()));
        unit(key.dims().unit());
    }

    /** The first request for a key in this transaction wins, as applying its events one by one would. */
    void once(Once key, OnceFact fact) {
        guard();
        once.putIfAbsent(key, fact);
    }

    Map<Once, OnceFact> once() {
        return once;
    }

    void changed(String statistic, int year) {
        guard();
        changed.add(new Changed(statistic, year));
    }

    void unit(String unit) {
        if (unit != null && !unit.isEmpty()) {
            guard();
            units.add(unit);
        }
    }

    Map<Key, Long> deltas() {
        return deltas;
    }

    Set<Changed> changed() {
        return changed;
    }

    Set<String> units() {
        return units;
    }

    boolean isEmpty() {
        return deltas.isEmpty() && changed.isEmpty() && units.isEmpty() && once.isEmpty();
    }

    void clear() {
        deltas.clear();
        changed.clear();
        units.clear();
        once.clear();
    }

    private void guard() {
        if (guarded) {
            return;
        }
        guarded = true;
        FactBuffer self = this;
        registry.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                if (!self.isEmpty()) {
                    throw new IllegalStateException("Counter changes were not written (Facts.flush) before commit");
                }
            }

            @Override
            public void afterCompletion(int status) {
                // nothing to release
            }
        });
    }
}
