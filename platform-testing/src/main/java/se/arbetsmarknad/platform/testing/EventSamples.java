package se.arbetsmarknad.platform.testing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import se.arbetsmarknad.platform.events.EventPayload;
import se.arbetsmarknad.platform.events.EventTypes;
import se.arbetsmarknad.platform.events.goal.FollowUpFrozen;
import se.arbetsmarknad.platform.events.goal.GoalDefinition;
import se.arbetsmarknad.platform.events.goal.GoalEvaluated;
import se.arbetsmarknad.platform.events.goal.GoalStatusWorsened;
import se.arbetsmarknad.platform.events.match.MatchAgreed;
import se.arbetsmarknad.platform.events.match.MatchDeclined;
import se.arbetsmarknad.platform.events.match.MatchEnded;
import se.arbetsmarknad.platform.events.match.MatchProposed;
import se.arbetsmarknad.platform.events.organisation.OrganisationSnapshot;
import se.arbetsmarknad.platform.events.participant.InterventionEnded;
import se.arbetsmarknad.platform.events.participant.InterventionStarted;
import se.arbetsmarknad.platform.events.participant.ParticipantAttributesChanged;
import se.arbetsmarknad.platform.events.participant.ParticipantEnrolled;
import se.arbetsmarknad.platform.events.participant.ParticipantErased;
import se.arbetsmarknad.platform.events.participant.ParticipantExited;
import se.arbetsmarknad.platform.events.participant.ParticipantPauseChanged;
import se.arbetsmarknad.platform.events.participant.ParticipantPlanUpdated;
import se.arbetsmarknad.platform.events.participant.ParticipantReopened;
import se.arbetsmarknad.platform.events.participant.ParticipantTransferred;
import se.arbetsmarknad.platform.events.participant.ProjectMembershipChanged;
import se.arbetsmarknad.platform.events.placement.PlacementSnapshot;
import se.arbetsmarknad.platform.events.statistic.SeriesUpdated;

/**
 * A valid payload of every event type, with every field set: the contract test checks them against
 * the schemas, and a service's consumer test can start from one (records are values: change a field
 * with a copy) and send it with {@code TopicProbe.send(topic, TopicProbe.envelope(type, key, payload))}.
 */
public final class EventSamples {

    public static final UUID PARTICIPANT = UUID.fromString("9f3a2c1e-5b7d-4e8f-a1b2-c3d4e5f60718");
    public static final UUID ENROLMENT = UUID.fromString("1b2c3d4e-5f60-4718-8a9b-0c1d2e3f4a5b");
    public static final UUID ORGANISATION = UUID.fromString("5a41c0de-2b3c-4d5e-8f90-a1b2c3d4e5f6");
    public static final UUID PLACEMENT = UUID.fromString("0c9d8e7f-6a5b-4c3d-9e2f-1a0b9c8d7e6f");
    public static final UUID MATCH = UUID.fromString("e2f0a1b2-c3d4-4e5f-8a7b-9c0d1e2f3a4b");
    public static final UUID GOAL = UUID.fromString("3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f");
    public static final UUID PLAN = UUID.fromString("4d5e6f70-8a9b-4cad-9ebf-c0d1e2f3a4b5");
    static final LocalDate DAY = LocalDate.of(2026, 3, 9);

    private EventSamples() {
    }

    /** A valid payload of {@code type}, every field set. */
    public static EventPayload of(String type) {
        return switch (type) {
            case EventTypes.PARTICIPANT_ENROLLED -> new ParticipantEnrolled(PARTICIPANT, ENROLMENT, "unga-18-24", DAY,
                    "K", 2004, "20-24", false, "gymnasial", "sfi-3", true, List.of("5120", "9111"), false, true,
                    DAY.minusMonths(14), "ekonomiskt-bistand", List.of("ungdomsjobb"), true, "psykisk-ohalsa", false);
            case EventTypes.PARTICIPANT_ATTRIBUTES_CHANGED -> new ParticipantAttributesChanged(PARTICIPANT, ENROLMENT,
                    "unga-18-24", "K", 2004, "20-24", false, "gymnasial", "sfi-3", true, List.of("5120"), false, true,
                    DAY.minusMonths(14), "ekonomiskt-bistand", List.of(), true, null, DAY);
            case EventTypes.PARTICIPANT_TRANSFERRED -> new ParticipantTransferred(PARTICIPANT, ENROLMENT,
                    "arbete-forsorjning", "unga-18-24", "arbete-forsorjning", DAY);
            case EventTypes.PARTICIPANT_PAUSED, EventTypes.PARTICIPANT_RESUMED ->
                    new ParticipantPauseChanged(PARTICIPANT, ENROLMENT, "unga-18-24", DAY);
            case EventTypes.PARTICIPANT_PLAN_UPDATED -> new ParticipantPlanUpdated(PARTICIPANT, ENROLMENT, "unga-18-24", 2,
                    DAY.plusMonths(3), DAY);
            case EventTypes.PARTICIPANT_INTERVENTION_STARTED -> new InterventionStarted(PARTICIPANT, ENROLMENT,
                    "unga-18-24", UUID.fromString("6f7a8b9c-0d1e-4f2a-8b3c-4d5e6f7a8b9c"), "jobbspar", "praktik", DAY,
                    DAY.plusMonths(3), PLACEMENT, MATCH);
            case EventTypes.PARTICIPANT_INTERVENTION_ENDED -> new InterventionEnded(PARTICIPANT, ENROLMENT,
                    "unga-18-24", UUID.fromString("6f7a8b9c-0d1e-4f2a-8b3c-4d5e6f7a8b9c"), "jobbspar", "praktik",
                    DAY.minusMonths(3), DAY, PLACEMENT, MATCH);
            case EventTypes.PARTICIPANT_EXITED -> new ParticipantExited(PARTICIPANT, ENROLMENT, "unga-18-24", DAY, "arbete");
            case EventTypes.PARTICIPANT_REOPENED -> new ParticipantReopened(PARTICIPANT,
                    UUID.fromString("7a8b9c0d-1e2f-4a3b-9c4d-5e6f7a8b9c0d"), "unga-18-24", DAY, ENROLMENT);
            case EventTypes.PARTICIPANT_PROJECT_MEMBERSHIP_CHANGED -> new ProjectMembershipChanged(PARTICIPANT,
                    ENROLMENT, "unga-18-24", "ungdomsjobb", "ungdomsjobb-sommar", true, DAY, true);
            case EventTypes.PARTICIPANT_ERASED -> new ParticipantErased(PARTICIPANT);
            case EventTypes.ORGANISATION_REGISTERED, EventTypes.ORGANISATION_CHANGED -> new OrganisationSnapshot(
                    ORGANISATION, "bussbolaget-syd", "Bussbolaget Syd AB", "privat", "privat", 120, DAY.withDayOfMonth(1),
                    3, new BigDecimal("5.7"), "556677-8899", "Lund");
            case EventTypes.PLACEMENT_PUBLISHED, EventTypes.PLACEMENT_CHANGED, EventTypes.PLACEMENT_CLOSED ->
                    new PlacementSnapshot(PLACEMENT, ORGANISATION, "feriepraktik", "Sommarjobb i parken", "9111", 4, 1,
                            DAY.plusMonths(3), DAY.plusMonths(4), "open", "Lund", "Stadsparken",
                            new BigDecimal("37.5"), "kommunal");
            case EventTypes.MATCH_PROPOSED -> new MatchProposed(MATCH, PLACEMENT, ORGANISATION, PARTICIPANT, "unga-18-24",
                    "jobbspar", DAY);
            case EventTypes.MATCH_ACCEPTED, EventTypes.MATCH_STARTED -> new MatchAgreed(MATCH, PLACEMENT, ORGANISATION,
                    PARTICIPANT, "unga-18-24", "jobbspar", DAY, DAY.plusDays(7), DAY.plusMonths(3));
            case EventTypes.MATCH_DECLINED -> new MatchDeclined(MATCH, PLACEMENT, ORGANISATION, PARTICIPANT, "unga-18-24",
                    "jobbspar", DAY, "platsen-tillsatt");
            case EventTypes.MATCH_ENDED -> new MatchEnded(MATCH, PLACEMENT, ORGANISATION, PARTICIPANT, "unga-18-24",
                    "jobbspar", DAY, DAY, "fullfoljd");
            case EventTypes.GOAL_DEFINED, EventTypes.GOAL_CHANGED -> new GoalDefinition(GOAL, PLAN,
                    "Fler unga i arbete eller studier", "exits-to-work-or-studies", 2026, "count", ">200", "at-least",
                    200.0, "1");
            case EventTypes.GOAL_EVALUATED -> new GoalEvaluated(GOAL, PLAN, 2026, DAY, 48.0, 190.5, "seasonal", "OSAKERT",
                    "JA", "Sommarjobben kommer i juni", "maria.chef", OffsetDateTime.parse("2026-03-09T10:15:30Z"), 200.0);
            case EventTypes.GOAL_STATUS_WORSENED -> new GoalStatusWorsened(GOAL, PLAN, "JA", "OSAKERT", DAY, 2026);
            case EventTypes.GOAL_FOLLOW_UP_FROZEN -> new FollowUpFrozen(UUID.fromString("8b9c0d1e-2f3a-4b4c-8d5e-6f7a8b9c0d1e"),
                    PLAN, "2026-02", "monthly", DAY.withDayOfMonth(1).minusDays(1),
                    List.of(new FollowUpFrozen.FrozenGoal(GOAL, 31.0, 185.0, "OSAKERT", null)));
            case EventTypes.STATISTIC_SERIES_UPDATED -> new SeriesUpdated("exits-to-work-or-studies", 2026, DAY, "sum",
                    "count", Map.of("T", months(12, 9, 4), "K", months(5, 4, 2), "M", months(7, 5, 2)));
            default -> throw new IllegalArgumentException("No sample for event type " + type);
        };
    }

    private static List<Double> months(double... firstMonths) {
        Double[] all = new Double[12];
        for (int m = 0; m < 12; m++) {
            all[m] = m < firstMonths.length ? firstMonths[m] : 0.0;
        }
        return List.of(all);
    }
}
