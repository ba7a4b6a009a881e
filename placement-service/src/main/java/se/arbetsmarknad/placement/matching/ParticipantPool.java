package se.arbetsmarknad.placement.matching;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.stream.Stream;

/**
 * The active participants of the {@link MatchingIndex}, by id and by occupation interest (SSYK code of any
 * level), so that candidates for a placement are looked up from its SSYK code instead of scoring every
 * participant (see {@link MatchingService#candidates}). Writers are serialised (changes are rare next to
 * reads); readers take no lock and may, for the moment a participant is being replaced, still see the
 * previous version under an interest it had.
 */
final class ParticipantPool {

    private final Map<UUID, ParticipantFacts> byId = new ConcurrentHashMap<>();
    /** Interest code → the participants with that interest; sorted, so a code's prefix finds a range. */
    private final ConcurrentSkipListMap<String, Map<UUID, ParticipantFacts>> byInterest = new ConcurrentSkipListMap<>();

    Collection<ParticipantFacts> all() {
        return byId.values();
    }

    Optional<ParticipantFacts> get(UUID id) {
        return Optional.ofNullable(byId.get(id));
    }

    int size() {
        return byId.size();
    }

    /** Participants with exactly this interest. */
    Collection<ParticipantFacts> withInterest(String code) {
        Map<UUID, ParticipantFacts> m = byInterest.get(code);
        return m == null ? Set.of() : m.values();
    }

    /** Participants with an interest that starts with {@code prefix} (one with two such interests comes twice). */
    Stream<ParticipantFacts> withInterestStartingWith(String prefix) {
        return byInterest.subMap(prefix, true, prefix + Character.MAX_VALUE, false).values().stream()
                .flatMap(m -> m.values().stream());
    }

    synchronized void put(ParticipantFacts p) {
        ParticipantFacts old = byId.put(p.participantId, p);
        if (old != null) {
            unlink(old);
        }
        for (String code : p.interests) {
            byInterest.computeIfAbsent(code, c -> new ConcurrentHashMap<>()).put(p.participantId, p);
        }
    }

    synchronized void remove(UUID id) {
        ParticipantFacts old = byId.remove(id);
        if (old != null) {
            unlink(old);
        }
    }

    synchronized void retainAll(Set<UUID> ids) {
        for (UUID id : Set.copyOf(byId.keySet())) {
            if (!ids.contains(id)) {
                remove(id);
            }
        }
    }

    private void unlink(ParticipantFacts old) {
        for (String code : old.interests) {
            Map<UUID, ParticipantFacts> m = byInterest.get(code);
            if (m != null) {
                m.remove(old.participantId, old);
                if (m.isEmpty()) {
                    byInterest.remove(code, m);
                }
            }
        }
    }
}
