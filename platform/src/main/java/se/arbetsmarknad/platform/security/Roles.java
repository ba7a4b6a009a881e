package se.arbetsmarknad.platform.security;

/** The realm roles of the {@code kommun} realm (k8s/components/keycloak/kommun-realm.json). */
public final class Roles {
    /** Arbetsmarknadssekreterare / handläggare: works with participants of their own unit. */
    public static final String CASE_OFFICER = "case-officer";
    /** Förvaltning or employer: offers placements for their own organisation. */
    public static final String PLACEMENT_PROVIDER = "placement-provider";
    /** Chef or nämnd: sets and follows goals, sees reports. */
    public static final String MANAGER = "manager";
    public static final String ADMIN = "admin";
    /**
     * A system client (OIDC client credentials), e.g. the financial-assistance system sending its monthly
     * figures to reporting-service; it may do that and nothing else.
     */
    public static final String ASSISTANCE_IMPORT = "assistance-import";

    private Roles() {
    }
}
