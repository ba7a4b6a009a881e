package se.arbetsmarknad.web.layout;

/**
 * The page a role starts on. "/" sends a signed-in user to the landing of their first role that has one
 * (lowest {@link #priority()}); issue 11's provider, manager and admin pages add their own bean.
 */
public interface RoleLanding {

    String role();

    String path();

    /** Lower wins when a user has several roles. */
    default int priority() {
        return 100;
    }
}
