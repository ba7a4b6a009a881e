package se.arbetsmarknad.web.admin;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import se.arbetsmarknad.web.admin.Operations.ServiceState;
import se.arbetsmarknad.web.format.Today;
import se.arbetsmarknad.web.security.SignedInUser;

/** The admin's landing page: every service's health, readiness, outbox backlog and consumer lag, refreshed every 10 s. */
@Path("/admin")
@RolesAllowed(SignedInUser.ADMIN)
@Produces(MediaType.TEXT_HTML)
public class OperationsResource {

    @Inject
    Operations operations;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance operations(List<ServiceState> services, String checkedAt);

        static native TemplateInstance operations$states(List<ServiceState> services, String checkedAt);
    }

    @GET
    public TemplateInstance page(@HeaderParam("HX-Request") String htmx) {
        List<ServiceState> states = operations.states();
        String at = java.time.LocalTime.now(Today.clock()).withNano(0).toString();
        return "true".equals(htmx) ? Templates.operations$states(states, at) : Templates.operations(states, at);
    }
}
