package se.arbetsmarknad.web.errors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** A stale save lists what someone else changed, beside what this user typed; a tampered snapshot changes nothing silently. */
class SnapshotTest {

    static final Map<String, String> LABELS = Map.of("seats", "Antal platser", "title", "Rubrik", "place", "Arbetsplats");

    @Test
    void theChangesAreTheFieldsThatDifferFromWhatTheFormShowed() {
        Snapshot then = new Snapshot().put("title", "Praktik").put("seats", 2).put("place", null);
        Snapshot now = new Snapshot().put("title", "Praktik").put("seats", 3).put("place", "–");
        Snapshot mine = new Snapshot().put("title", "Praktik i biblioteket").put("seats", 2).put("place", null);

        assertThat(Snapshot.decode(then.encode()).changes(now, mine, LABELS))
                .containsExactly(new Snapshot.Change("seats", "Antal platser", "3", "2"));
    }

    @Test
    void anUnreadableSnapshotCountsEveryStoredFieldAsChanged() {
        Snapshot now = new Snapshot().put("title", "Praktik").put("seats", 3);
        assertThat(Snapshot.decode("inte base64 !").changes(now, new Snapshot(), LABELS)).hasSize(2);
    }
}
