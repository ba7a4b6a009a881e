package se.arbetsmarknad.web.security;

import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.oidc.IdToken;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Who is signed in, for pages and navigation: from the ID token (names, unit, organisation) and the
 * identity's roles (taken from the access token). Deciding what the user may see stays with the services.
 */
@RequestScoped
public class SignedInUser {

    public static final String CASE_OFFICER = "case-officer";
    public static final String PLACEMENT_PROVIDER = "placement-provider";
    public static final String MANAGER = "manager";
    public static final String ADMIN = "admin";

    @Inject
    SecurityIdentity identity;
    @Inject
    @IdToken
    JsonWebToken idToken;

    public boolean signedIn() {
        return !identity.isAnonymous();
    }

    public String username() {
        String name = claim("preferred_username");
        return name != null ? name : identity.getPrincipal().getName();
    }

    /** "Anna Handläggare", or the user name when the provider gives no names. */
    public String displayName() {
        String given = claim("given_name");
        String family = claim("family_name");
        if (given == null && family == null) {
            String name = claim("name");
            return name != null ? name : username();
        }
        return ((given == null ? "" : given) + " " + (family == null ? "" : family)).trim();
    }

    public Set<String> roles() {
        return identity.getRoles();
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    public boolean caseOfficer() {
        return hasRole(CASE_OFFICER);
    }

    public Optional<String> unit() {
        return Optional.ofNullable(claim("unit"));
    }

    public Optional<String> organisation() {
        return Optional.ofNullable(claim("organisation"));
    }

    /** The provider's session id (Keycloak: sid), else the sign-in time: stable for the whole session. */
    String sessionKey() {
        String sid = claim("sid");
        if (sid != null) {
            return sid;
        }
        Object authTime = idToken.getClaim("auth_time");
        return String.valueOf(authTime != null ? authTime : idToken.getIssuedAtTime());
    }

    String subject() {
        return idToken.getSubject();
    }

    private String claim(String name) {
        if (idToken == null || idToken.getRawToken() == null) {
            return null;
        }
        Object value = idToken.getClaim(name);
        return value == null ? null : value.toString().replaceAll("^\"|\"$", "");
    }
}
