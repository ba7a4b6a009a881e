package se.arbetsmarknad.placement.matching;

import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import se.arbetsmarknad.placement.placement.PlacementStatus;

/**
 * The placements of the {@link MatchingIndex}, by id, and the open ones as one array in the ranking's tie
 * order (start, then id), so that ranking for a participant walks an array once instead of collecting,
 * bucketing and sorting every open placement per request (see {@link MatchingService#rank}).
 *
 * <p>The array is a snapshot rebuilt by the first reader after a change: every change counts, and a
 * snapshot is used only while the count it was built at is the current one. So a placement published,
 * edited or closed is ranked as it now is by the very next request; a burst of changes costs one rebuild
 * (a sort of the open placements, a few milliseconds for 10 000), not one per change.
 */
final class PlacementPool {

    /** The ranking's order among equal scores. */
    static final Comparator<PlacementFacts> BY_START = Comparator.<PlacementFacts, java.time.LocalDate>comparing(pl -> pl.periodStart)
            .thenComparing(pl -> pl.id);

    private record Snapshot(long changes, PlacementFacts[] open) {
    }

    private final Map<UUID, PlacementFacts> byId = new ConcurrentHashMap<>();
    private final AtomicLong changes = new AtomicLong();
    private volatile Snapshot snapshot = new Snapshot(-1, new PlacementFacts[0]);

    Collection<PlacementFacts> all() {
        return byId.values();
    }

    Optional<PlacementFacts> get(UUID id) {
        return Optional.ofNullable(byId.get(id));
    }

    int size() {
        return byId.size();
    }

    /** Keeps the newest version of a placement: a late, older state never replaces a newer one. */
    void put(PlacementFacts p) {
        byId.merge(p.id, p, (old, fresh) -> fresh.version >= old.version ? fresh : old);
        changes.incrementAndGet();
    }

    /** Drops the placements not in {@code ids} (after a full reload: closed or gone meanwhile). */
    void retainAll(Set<UUID> ids) {
        if (byId.keySet().retainAll(ids)) {
            changes.incrementAndGet();
        }
    }

    /** The open placements sorted by {@link #BY_START}; callers must not modify the array. */
    PlacementFacts[] openByStart() {
        Snapshot s = snapshot;
        long now = changes.get(); // read before the map: a change after this makes the next reader rebuild
        if (s.changes() == now) {
            return s.open();
        }
        PlacementFacts[] open = byId.values().stream().filter(p -> p.status == PlacementStatus.OPEN).sorted(BY_START)
                .toArray(PlacementFacts[]::new);
        snapshot = new Snapshot(now, open);
        return open;
    }
}
