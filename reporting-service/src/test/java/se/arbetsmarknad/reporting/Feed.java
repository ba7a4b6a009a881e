package se.arbetsmarknad.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.node.ObjectNode;

import se.arbetsmarknad.platform.testing.TopicProbe;

/** Builds contract-valid events as the producing services would, and sends them over the real broker. */
public final class Feed {

    private Feed() {
    }

    public static final String PARTICIPANTS = "participant.events.v1";

    public static UUID enrol(String unit, String gender, String ageBand, LocalDate on) {
        return enrol(unit, gender, ageBand, on, null);
    }

    public static UUID enrol(String unit, String gender, String ageBand, LocalDate on, LocalDate assistanceSince) {
        UUID id = UUID.randomUUID();
        participant("participant.enrolled", id, enrolment(unit, gender, ageBand, on, assistanceSince, false,
                base(id, unit)));
        return id;
    }

    /** An enrolment with the Swedish level and försörjningshinder given (Uppsala's indicators 4.1 and 4.2). */
    public static UUID enrol(String unit, String gender, LocalDate on, LocalDate assistanceSince, String swedishLevel,
            String supportObstacle) {
        UUID id = UUID.randomUUID();
        Map<String, Object> d = enrolment(unit, gender, "25-29", on, assistanceSince, false, base(id, unit));
        d.put("swedishLevel", swedishLevel);
        d.put("supportObstacle", supportObstacle);
        participant("participant.enrolled", id, d);
        return id;
    }

    /** As participant-service re-opens: participant.reopened, then participant.enrolled (reopened=true). */
    public static void reopen(UUID id, String unit, String gender, String ageBand, LocalDate on, LocalDate assistanceSince) {
        Map<String, Object> r = new HashMap<>();
        r.put("participantId", id.toString());
        r.put("enrolmentId", UUID.nameUUIDFromBytes((id + "reopened").getBytes()).toString());
        r.put("unit", unit);
        r.put("reopenedOn", on.toString());
        participant("participant.reopened", id, r);
        participant("participant.enrolled", id, enrolment(unit, gender, ageBand, on, assistanceSince, true,
                new HashMap<>(r)));
    }

    private static Map<String, Object> enrolment(String unit, String gender, String ageBand, LocalDate on,
            LocalDate assistanceSince, boolean reopened, Map<String, Object> d) {
        d.remove("reopenedOn");
        d.put("enrolledOn", on.toString());
        d.put("gender", gender);
        d.put("birthYear", 2000);
        d.put("ageBand", ageBand);
        d.put("bornAbroad", false);
        d.put("educationLevel", "gymnasial");
        d.put("swedishLevel", "modersmal");
        d.put("drivingLicence", true);
        d.put("occupationInterests", List.of("5120"));
        d.put("singleParent", false);
        d.put("childrenInHousehold", false);
        d.put("assistanceSince", assistanceSince == null ? null : assistanceSince.toString());
        d.put("referralSource", "ekonomiskt-bistand");
        d.put("projects", List.of());
        d.put("reopened", reopened);
        return d;
    }

    public static void intervention(UUID id, String unit, String kind, String category, LocalDate on) {
        Map<String, Object> d = base(id, unit);
        d.put("interventionId", UUID.randomUUID().toString());
        d.put("kind", kind);
        d.put("category", category);
        d.put("startedOn", on.toString());
        d.put("placementId", null);
        d.put("matchId", null);
        participant("participant.intervention-started", id, d);
    }

    public static void exit(UUID id, String unit, String reason, LocalDate on) {
        Map<String, Object> d = base(id, unit);
        d.put("exitedOn", on.toString());
        d.put("reason", reason);
        participant("participant.exited", id, d);
    }

    public static void project(UUID id, String unit, String project, String subProject, boolean member,
            boolean onAssistance, LocalDate on) {
        Map<String, Object> d = base(id, unit);
        d.put("project", project);
        d.put("subProject", subProject);
        d.put("member", member);
        d.put("onAssistance", onAssistance);
        d.put("on", on.toString());
        participant("participant.project-membership-changed", id, d);
    }

    public static void transfer(UUID id, String from, String to, LocalDate on) {
        Map<String, Object> d = base(id, from);
        d.put("fromUnit", from);
        d.put("toUnit", to);
        d.put("on", on.toString());
        participant("participant.transferred", id, d);
    }

    private static Map<String, Object> base(UUID id, String unit) {
        Map<String, Object> d = new HashMap<>();
        d.put("participantId", id.toString());
        d.put("enrolmentId", UUID.nameUUIDFromBytes(id.toString().getBytes()).toString());
        d.put("unit", unit);
        return d;
    }

    public static void participant(String type, UUID id, Map<String, Object> data) {
        ObjectNode envelope = TopicProbe.envelope(type, id.toString(), data);
        List<ObjectNode> captured = CAPTURED.get();
        if (captured != null) {
            captured.add(envelope);
        } else {
            TopicProbe.send(PARTICIPANTS, envelope);
        }
    }

    private static final ThreadLocal<List<ObjectNode>> CAPTURED = new ThreadLocal<>();

    /** The participant events {@code feeding} would send, in order, kept instead of sent (to apply them as one batch). */
    public static List<ObjectNode> captured(Runnable feeding) {
        List<ObjectNode> events = new ArrayList<>();
        CAPTURED.set(events);
        try {
            feeding.run();
        } finally {
            CAPTURED.remove();
        }
        return events;
    }

    /** Sends a marker event and returns its id; when it is in processed_event, everything before it on
     * the same key was applied too. */
    public static void send(String topic, String type, String key, Map<String, Object> data) {
        TopicProbe.send(topic, TopicProbe.envelope(type, key, data));
    }
}
