package se.arbetsmarknad.reporting.readmodel;

/** Catalogue ids (platform contracts/statistics-catalogue.json) that the projections count. */
public final class Stat {
    public static final String ENROLLED_UNIQUE = "enrolled-unique";
    public static final String ACTIVE = "active-participants";
    public static final String INTERVENTIONS_STARTED = "interventions-started";
    public static final String SUPPORTED_EMPLOYMENTS_STARTED = "supported-employments-started";
    public static final String LONG_TERM_UNEMPLOYED_EMPLOYMENTS_STARTED = "long-term-unemployed-employments-started";
    public static final String INTERNSHIPS_STARTED = "internships-started";
    public static final String STUDY_GUIDANCE_STARTED = "study-guidance-started";
    public static final String SE_STARTED = "supported-employment-se-started";
    public static final String EXITS = "exits";
    public static final String EXITS_TO_WORK_OR_STUDIES = "exits-to-work-or-studies";
    public static final String EXITS_TO_SELF_SUFFICIENCY = "exits-to-self-sufficiency";
    public static final String SFI_1_EXITS_TO_WORK_OR_STUDIES = "sfi-1-exits-to-work-or-studies";
    public static final String DAYS_TO_FIRST_INTERVENTION = "days-to-first-intervention";
    public static final String LONG_TERM_ASSISTANCE = "long-term-assistance";
    public static final String PROJECT_PARTICIPANTS = "project-participants";
    public static final String PROJECT_JOINED = "project-joined";
    public static final String PROJECT_JOINED_ON_ASSISTANCE = "project-joined-on-assistance";
    public static final String SUMMER_JOBS_STARTED = "summer-jobs-started";

    private Stat() {
    }
}
