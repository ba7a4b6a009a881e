package se.arbetsmarknad.placement.demo;

import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import se.arbetsmarknad.platform.security.Roles;

/**
 * Runs demo work as a user would do it: the services check access through the request's identity, so
 * the demo's background work gets a request of its own with the identity {@code demo-data} in the role
 * admin — the same checks and events as an administrator's requests, and the same name in the records.
 */
@ApplicationScoped
public class DemoIdentity {

    static final String USER = "demo-data";

    @Inject
    CurrentIdentityAssociation association;

    @ActivateRequestContext
    public <T> T asAdmin(Supplier<T> work) {
        association.setIdentity(QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(USER))
                .addRole(Roles.ADMIN).build());
        return work.get();
    }
}
