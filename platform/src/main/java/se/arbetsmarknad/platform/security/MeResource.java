package se.arbetsmarknad.platform.security;

import java.util.Set;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;

@Path("/api/me")
@Authenticated
@Tag(name = "Inloggad användare / Current user")
public class MeResource {

    @Inject
    CurrentUser user;

    public record Me(String username, Set<String> roles, String unit, String organisation) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Vem är jag / Who am I",
            description = "Användarnamn, roller, enhet och organisation enligt token / "
                    + "User name, roles, unit and organisation from the token")
    public Me me() {
        return new Me(user.username(), user.roles(), user.unit().orElse(null), user.organisation().orElse(null));
    }
}
