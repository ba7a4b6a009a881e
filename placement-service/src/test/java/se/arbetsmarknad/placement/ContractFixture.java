package se.arbetsmarknad.placement;

import static se.arbetsmarknad.placement.Fixtures.ADMIN;
import static se.arbetsmarknad.placement.Fixtures.as;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import se.arbetsmarknad.platform.testing.contract.AccessFixture;
import se.arbetsmarknad.platform.testing.contract.Caller;
import se.arbetsmarknad.platform.testing.contract.Endpoint;

/**
 * placement-service's data for the access matrix and the fuzzer: two organisations of its own (the
 * primary provider's and another), an open placement of the first, a participant of the primary case
 * officer's unit (fed as an event, as participant-service publishes it) and a match between them in the
 * state each operation needs.
 */
public class ContractFixture implements AccessFixture {

    private Scope scope;
    private Fixtures.Org own;

    @Override
    public synchronized Scope scope() {
        if (scope == null) {
            own = Fixtures.org("forvaltning");
            Fixtures.Org other = Fixtures.org("privat");
            Scope standard = Scope.standard();
            scope = new Scope(standard.unit(), standard.otherUnit(), own.code(), other.code());
        }
        return scope;
    }

    @Override
    public Map<String, Object> own(Endpoint op) {
        scope();
        String path = op.path();
        Map<String, Object> values = new HashMap<>();
        values.put("organisationId", own.id().toString());
        boolean draft = path.endsWith("/publish");
        UUID placement = UUID.fromString(as(ADMIN).body(placementBody(own.id().toString(), !draft))
                .post("/api/placements").then().statusCode(201).extract().path("id"));
        values.put("placementId", placement.toString());
        boolean needsParticipant = path.startsWith("/api/match") || path.startsWith("/api/allocations");
        UUID participant = needsParticipant ? Participants.enrol(scope.unit(), Map.of()) : UUID.randomUUID();
        values.put("participantId", participant.toString());
        values.put("participantIds", List.of(participant.toString()));
        values.put("placementIds", List.of(placement.toString()));
        if (path.startsWith("/api/allocations/jobs/{id}")) {
            // a job of the primary case officer's, finished where the operation needs its result
            String officer = Caller.CASE_OFFICER.token(scope);
            String job = as(officer).body(Map.of("participantIds", List.of(participant), "placementIds", List.of(placement)))
                    .post("/api/allocations/jobs").then().statusCode(202).extract().path("id");
            if (!path.equals("/api/allocations/jobs/{id}")) {
                org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60)).until(() -> "done".equals(
                        as(officer).get("/api/allocations/jobs/" + job).then().extract().path("status")));
            }
            values.put("id", job);
        } else if (path.startsWith("/api/organisations/{id}")) {
            values.put("id", own.id().toString());
        } else if (path.startsWith("/api/placements/{id}")) {
            values.put("id", placement.toString());
        } else if (path.startsWith("/api/matches/{id}")) {
            String officer = Caller.CASE_OFFICER.token(scope);
            String match = as(officer).body(Map.of("placementId", placement, "participantId", participant))
                    .post("/api/matches").then().statusCode(201).extract().path("id");
            String provider = Caller.PLACEMENT_PROVIDER.token(scope);
            if (path.endsWith("/start") || path.endsWith("/end")) {
                as(provider).post("/api/matches/" + match + "/accept").then().statusCode(200);
            }
            if (path.endsWith("/end")) {
                as(officer).body(Map.of()).post("/api/matches/" + match + "/start").then().statusCode(200);
            }
            values.put("id", match);
        }
        return values;
    }

    @Override
    public Map<String, Object> unknown() {
        return Map.of(
                "id", UUID.randomUUID().toString(),
                "organisationId", UUID.randomUUID().toString(),
                "placementId", UUID.randomUUID().toString(),
                "participantId", UUID.randomUUID().toString(),
                "participantIds", List.of(UUID.randomUUID().toString()),
                "placementIds", List.of(UUID.randomUUID().toString()));
    }

    @Override
    public Object body(Endpoint op, Map<String, Object> values) {
        return switch (op.key()) {
            case "POST /api/organisations" -> Fixtures.organisation(Fixtures.unique("matris"), "privat", "556677-1233");
            case "PUT /api/organisations/{id}" -> Fixtures.organisation(own.code(), "forvaltning", null);
            case "POST /api/placements", "PUT /api/placements/{id}" ->
                placementBody(String.valueOf(values.get("organisationId")), true);
            case "POST /api/placements/bulk" -> "kind;title;ssyk;seats;periodStart;periodEnd;place;hoursPerWeek;ageMin;ageMax;drivingLicence;publish\n"
                    + "praktik;Matrisplats;5312;1;" + LocalDate.now().plusDays(7) + ";" + LocalDate.now().plusDays(60)
                    + ";Centrum;40;;;nej;nej\n";
            case "POST /api/allocations", "POST /api/allocations/jobs" -> Map.of("participantIds", values.get("participantIds"),
                    "placementIds", values.get("placementIds"));
            // the current rule again: the rule is one for the whole city, other tests read it
            case "PUT /api/fordelningsmodell/rule" -> currentRule();
            default -> null;
        };
    }

    private static Map<String, Object> placementBody(String organisationId, boolean publish) {
        Map<String, Object> body = Fixtures.placement(UUID.fromString(organisationId), "praktik", "5312", 2);
        body.put("publish", publish);
        return body;
    }

    private static Map<String, Object> currentRule() {
        Map<String, Object> rule = new HashMap<>(as(ADMIN).get("/api/fordelningsmodell/rule").then().statusCode(200)
                .extract().jsonPath().getMap(""));
        rule.keySet().retainAll(List.of("method", "sharePercent", "total", "kinds"));
        rule.values().removeIf(java.util.Objects::isNull);
        return rule;
    }
}
