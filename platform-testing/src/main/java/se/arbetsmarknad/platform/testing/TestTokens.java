package se.arbetsmarknad.platform.testing;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import se.arbetsmarknad.platform.security.Roles;

/**
 * Signed access tokens shaped like the {@code kommun} realm's: roles in {@code realm_access.roles},
 * {@code unit} for case officers and {@code organisation} for placement providers.
 */
public final class TestTokens {

    private TestTokens() {
    }

    public static String caseOfficer(String username, String unit) {
        return token(username, Map.of("unit", unit), Roles.CASE_OFFICER);
    }

    public static String provider(String username, String organisation) {
        return token(username, Map.of("organisation", organisation), Roles.PLACEMENT_PROVIDER);
    }

    public static String manager(String username) {
        return token(username, Map.of(), Roles.MANAGER);
    }

    public static String admin(String username) {
        return token(username, Map.of(), Roles.ADMIN);
    }

    public static String token(String username, Map<String, String> claims, String... roles) {
        return claimsOf(username, claims, roles).expiresIn(3600).jws().keyId(OidcTestResource.KEY_ID)
                .sign(OidcTestResource.signingKey());
    }

    /** A token that was valid and expired an hour ago: correctly signed, refused for its age alone. */
    public static String expired(String username, Map<String, String> claims, String... roles) {
        long now = System.currentTimeMillis() / 1000;
        return claimsOf(username, claims, roles).issuedAt(now - 7200).expiresAt(now - 3600).jws()
                .keyId(OidcTestResource.KEY_ID).sign(OidcTestResource.signingKey());
    }

    private static JwtClaimsBuilder claimsOf(String username, Map<String, String> claims, String... roles) {
        JwtClaimsBuilder builder = Jwt.claims()
                .issuer(OidcTestResource.issuer())
                .audience("suite-web")
                .subject("sub-" + username)
                .preferredUserName(username)
                .claim("realm_access", Map.of("roles", List.copyOf(Arrays.asList(roles))));
        new HashMap<>(claims).forEach(builder::claim);
        return builder;
    }
}
