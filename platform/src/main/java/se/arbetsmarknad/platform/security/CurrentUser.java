package se.arbetsmarknad.platform.security;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.oidc.runtime.OidcJwtCallerPrincipal;
import io.quarkus.security.identity.SecurityIdentity;
import se.arbetsmarknad.platform.problem.ProblemException;

/**
 * The caller, as the municipality's OIDC provider describes them: roles, and the {@code unit}
 * (case officers) or {@code organisation} (placement providers) claim that scopes what they may see.
 */
@RequestScoped
public class CurrentUser {

    public static final String UNIT_CLAIM = "unit";
    public static final String ORGANISATION_CLAIM = "organisation";

    @Inject
    SecurityIdentity identity;
    @Inject
    JsonWebToken token;

    public String username() {
        String preferred = token.getClaim("preferred_username");
        return preferred != null ? preferred : identity.getPrincipal().getName();
    }

    public Set<String> roles() {
        return new TreeSet<>(identity.getRoles());
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    public boolean isAdmin() {
        return hasRole(Roles.ADMIN);
    }

    public Optional<String> unit() {
        return claim(UNIT_CLAIM);
    }

    public Optional<String> organisation() {
        return claim(ORGANISATION_CLAIM);
    }

    /** The caller's unit; a case officer without one is a realm misconfiguration and may see nothing. */
    public String requireUnit() {
        return unit().orElseThrow(() -> ProblemException.forbidden(
                "Din inloggning saknar enhet (claim 'unit') / Your login has no unit (claim 'unit')"));
    }

    public String requireOrganisation() {
        return organisation().orElseThrow(() -> ProblemException.forbidden(
                "Din inloggning saknar organisation (claim 'organisation') / "
                        + "Your login has no organisation (claim 'organisation')"));
    }

    private Optional<String> claim(String name) {
        // Quarkus OIDC's principal is read directly: JsonWebToken.getClaim first tries a name as one of the standard
        // claims (smallrye-jwt's Claims.valueOf), which throws and catches an exception for "unit" on every request.
        Object value = identity.getPrincipal() instanceof OidcJwtCallerPrincipal jwt ? jwt.getClaims().getClaimValue(name)
                : token.getClaim(name);
        if (value == null) {
            return Optional.empty();
        }
        String text = value instanceof jakarta.json.JsonString js ? js.getString() : value.toString();
        return text.isBlank() ? Optional.empty() : Optional.of(text);
    }
}
