package se.arbetsmarknad.platform.events;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
 * Every event type of the suite: one constant per type name (use them in {@code case} labels and when
 * publishing, so a typo fails to compile), and the registry that binds each type to its topic and its
 * payload record. Contracts: {@code contracts/<type>.schema.json}; docs: docs/events/.
 */
public final class EventTypes {

    // Topics.PARTICIPANT (participant.events.v1)
    public static final String PARTICIPANT_ENROLLED = "participant.enrolled";
    public static final String PARTICIPANT_ATTRIBUTES_CHANGED = "participant.attributes-changed";
    public static final String PARTICIPANT_TRANSFERRED = "participant.transferred";
    public static final String PARTICIPANT_PAUSED = "participant.paused";
    public static final String PARTICIPANT_RESUMED = "participant.resumed";
    public static final String PARTICIPANT_PLAN_UPDATED = "participant.plan-updated";
    public static final String PARTICIPANT_INTERVENTION_STARTED = "participant.intervention-started";
    public static final String PARTICIPANT_INTERVENTION_ENDED = "participant.intervention-ended";
    public static final String PARTICIPANT_EXITED = "participant.exited";
    public static final String PARTICIPANT_REOPENED = "participant.reopened";
    public static final String PARTICIPANT_PROJECT_MEMBERSHIP_CHANGED = "participant.project-membership-changed";
    public static final String PARTICIPANT_ERASED = "participant.erased";

    // Topics.ORGANISATION (organisation.events.v1)
    public static final String ORGANISATION_REGISTERED = "organisation.registered";
    public static final String ORGANISATION_CHANGED = "organisation.changed";

    // Topics.PLACEMENT (placement.events.v1)
    public static final String PLACEMENT_PUBLISHED = "placement.published";
    public static final String PLACEMENT_CHANGED = "placement.changed";
    public static final String PLACEMENT_CLOSED = "placement.closed";

    // Topics.MATCH (match.events.v1)
    public static final String MATCH_PROPOSED = "match.proposed";
    public static final String MATCH_ACCEPTED = "match.accepted";
    public static final String MATCH_STARTED = "match.started";
    public static final String MATCH_DECLINED = "match.declined";
    public static final String MATCH_ENDED = "match.ended";

    // Topics.GOAL (goal.events.v1)
    public static final String GOAL_DEFINED = "goal.defined";
    public static final String GOAL_CHANGED = "goal.changed";
    public static final String GOAL_EVALUATED = "goal.evaluated";
    public static final String GOAL_STATUS_WORSENED = "goal.status-worsened";
    public static final String GOAL_FOLLOW_UP_FROZEN = "goal.follow-up-frozen";

    // Topics.STATISTIC (statistic.events.v1)
    public static final String STATISTIC_SERIES_UPDATED = "statistic.series-updated";

    /** A type, the topic it is published on, and the record its payload maps to. */
    public record EventType(String name, String topic, Class<? extends EventPayload> payload) {
    }

    private static final Map<String, EventType> BY_NAME = new LinkedHashMap<>();

    static {
        for (EventType t : List.of(
            type(PARTICIPANT_ENROLLED, Topics.PARTICIPANT, ParticipantEnrolled.class),
            type(PARTICIPANT_ATTRIBUTES_CHANGED, Topics.PARTICIPANT, ParticipantAttributesChanged.class),
            type(PARTICIPANT_TRANSFERRED, Topics.PARTICIPANT, ParticipantTransferred.class),
            type(PARTICIPANT_PAUSED, Topics.PARTICIPANT, ParticipantPauseChanged.class),
            type(PARTICIPANT_RESUMED, Topics.PARTICIPANT, ParticipantPauseChanged.class),
            type(PARTICIPANT_PLAN_UPDATED, Topics.PARTICIPANT, ParticipantPlanUpdated.class),
            type(PARTICIPANT_INTERVENTION_STARTED, Topics.PARTICIPANT, InterventionStarted.class),
            type(PARTICIPANT_INTERVENTION_ENDED, Topics.PARTICIPANT, InterventionEnded.class),
            type(PARTICIPANT_EXITED, Topics.PARTICIPANT, ParticipantExited.class),
            type(PARTICIPANT_REOPENED, Topics.PARTICIPANT, ParticipantReopened.class),
            type(PARTICIPANT_PROJECT_MEMBERSHIP_CHANGED, Topics.PARTICIPANT, ProjectMembershipChanged.class),
            type(PARTICIPANT_ERASED, Topics.PARTICIPANT, ParticipantErased.class),
            type(ORGANISATION_REGISTERED, Topics.ORGANISATION, OrganisationSnapshot.class),
            type(ORGANISATION_CHANGED, Topics.ORGANISATION, OrganisationSnapshot.class),
            type(PLACEMENT_PUBLISHED, Topics.PLACEMENT, PlacementSnapshot.class),
            type(PLACEMENT_CHANGED, Topics.PLACEMENT, PlacementSnapshot.class),
            type(PLACEMENT_CLOSED, Topics.PLACEMENT, PlacementSnapshot.class),
            type(MATCH_PROPOSED, Topics.MATCH, MatchProposed.class),
            type(MATCH_ACCEPTED, Topics.MATCH, MatchAgreed.class),
            type(MATCH_STARTED, Topics.MATCH, MatchAgreed.class),
            type(MATCH_DECLINED, Topics.MATCH, MatchDeclined.class),
            type(MATCH_ENDED, Topics.MATCH, MatchEnded.class),
            type(GOAL_DEFINED, Topics.GOAL, GoalDefinition.class),
            type(GOAL_CHANGED, Topics.GOAL, GoalDefinition.class),
            type(GOAL_EVALUATED, Topics.GOAL, GoalEvaluated.class),
            type(GOAL_STATUS_WORSENED, Topics.GOAL, GoalStatusWorsened.class),
            type(GOAL_FOLLOW_UP_FROZEN, Topics.GOAL, FollowUpFrozen.class),
            type(STATISTIC_SERIES_UPDATED, Topics.STATISTIC, SeriesUpdated.class))) {
            BY_NAME.put(t.name(), t);
        }
    }

    private EventTypes() {
    }

    /** Every registered type, in the order above. */
    public static List<EventType> all() {
        return List.copyOf(BY_NAME.values());
    }

    /** The registered type of that name; empty for a type this build does not know. */
    public static Optional<EventType> find(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    /** @throws IllegalArgumentException when no such type is registered */
    public static EventType require(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException("Unknown event type '" + name + "'"));
    }

    private static EventType type(String name, String topic, Class<? extends EventPayload> payload) {
        return new EventType(name, topic, payload);
    }
}
