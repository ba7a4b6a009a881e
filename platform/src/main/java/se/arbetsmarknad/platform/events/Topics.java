package se.arbetsmarknad.platform.events;

/**
 * The suite's topics, one per aggregate, versioned in the name. Contracts: docs/events/.
 * A breaking change to a payload means a new topic version, never an edit in place.
 */
public final class Topics {
    public static final String PARTICIPANT = "participant.events.v1";
    public static final String ORGANISATION = "organisation.events.v1";
    public static final String PLACEMENT = "placement.events.v1";
    public static final String MATCH = "match.events.v1";
    public static final String GOAL = "goal.events.v1";
    public static final String STATISTIC = "statistic.events.v1";

    private Topics() {
    }
}
