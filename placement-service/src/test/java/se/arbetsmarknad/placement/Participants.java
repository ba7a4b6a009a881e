package se.arbetsmarknad.placement;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.awaitility.Awaitility;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import se.arbetsmarknad.placement.matching.MatchingIndex;
import se.arbetsmarknad.placement.matching.ParticipantProfile;
import se.arbetsmarknad.platform.events.Topics;
import se.arbetsmarknad.platform.testing.TopicProbe;

/** Feeds participant events over the real broker, as participant-service publishes them. */
public final class Participants {

    private Participants() {
    }

    /** A participant.enrolled payload with every field the contract requires; override as needed. */
    public static Map<String, Object> enrolled(UUID id, String unit) {
        Map<String, Object> d = new HashMap<>();
        d.put("participantId", id.toString());
        d.put("enrolmentId", UUID.randomUUID().toString());
        d.put("unit", unit);
        d.put("enrolledOn", LocalDate.now().minusMonths(1).toString());
        d.put("gender", "K");
        d.put("birthYear", LocalDate.now().getYear() - 30);
        d.put("ageBand", "30-54");
        d.put("bornAbroad", true);
        d.put("educationLevel", "gymnasial");
        d.put("swedishLevel", "sfi-3");
        d.put("drivingLicence", true);
        d.put("occupationInterests", List.of("833"));
        d.put("singleParent", false);
        d.put("childrenInHousehold", false);
        d.put("assistanceSince", LocalDate.now().minusYears(2).toString());
        d.put("referralSource", "ekonomiskt-bistand");
        d.put("projects", List.of());
        d.put("reopened", false);
        return d;
    }

    public static void send(String type, UUID participantId, Map<String, Object> data) {
        TopicProbe.send(Topics.PARTICIPANT, TopicProbe.envelope(type, participantId.toString(), data));
    }

    /** Enrols and waits until the projection has the participant. */
    public static UUID enrol(String unit, Map<String, Object> overrides) {
        UUID id = UUID.randomUUID();
        Map<String, Object> d = enrolled(id, unit);
        d.putAll(overrides);
        send("participant.enrolled", id, d);
        awaitProfile(id, p -> p != null);
        // the projection commits first, the matching index takes the row right after
        MatchingIndex index = Arc.container().instance(MatchingIndex.class).get();
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(20)).until(() -> index.participant(id).isPresent());
        return id;
    }

    public static ParticipantProfile profile(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> ParticipantProfile.<ParticipantProfile>findById(id));
    }

    public static void awaitProfile(UUID id, Predicate<ParticipantProfile> until) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> until.test(profile(id)));
    }
}
