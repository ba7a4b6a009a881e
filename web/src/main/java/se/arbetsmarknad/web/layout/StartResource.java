package se.arbetsmarknad.web.layout;

import java.net.URI;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import se.arbetsmarknad.web.security.SignedInUser;

/** "/": the landing page of the user's role; a page that says so when the role has none yet. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class StartResource {

    @Inject
    SignedInUser user;
    @Inject
    Navigation navigation;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance noLanding();

        static native TemplateInstance signedOut();
    }

    @GET
    @Authenticated
    public Response start() {
        return navigation.landing(user)
                .map(path -> Response.seeOther(URI.create(path)).build())
                .orElseGet(() -> Response.ok(Templates.noLanding()).build());
    }

    @GET
    @Path("utloggad")
    public TemplateInstance signedOut() {
        return Templates.signedOut();
    }
}
