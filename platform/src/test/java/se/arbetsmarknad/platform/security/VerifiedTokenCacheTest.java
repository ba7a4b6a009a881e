package se.arbetsmarknad.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.IdTokenCredential;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;

class VerifiedTokenCacheTest {

    private static final long NOW = 1_800_000_000L;

    /** Stands in for OIDC's provider: counts verifications; tokens named "bad…" fail, others expire 60 s from now. */
    private final class CountingVerifier implements IdentityProvider<TokenAuthenticationRequest> {
        final AtomicInteger calls = new AtomicInteger();

        @Override
        public Class<TokenAuthenticationRequest> getRequestType() {
            return TokenAuthenticationRequest.class;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
            calls.incrementAndGet();
            String token = request.getToken().getToken();
            if (token.startsWith("bad")) {
                return Uni.createFrom().failure(new AuthenticationFailedException("signature"));
            }
            return Uni.createFrom().item(QuarkusSecurityIdentity.builder().setPrincipal(jwt(token, clock.get() + 60))
                    .addRole("case-officer").addCredential(request.getToken()).build());
        }
    }

    private final AtomicLong clock = new AtomicLong(NOW);
    private final CountingVerifier oidc = new CountingVerifier();

    private VerifiedTokenCache cache(boolean enabled, int maxEntries) {
        return new VerifiedTokenCache(oidc, new TokenCacheConfig() {
            @Override
            public boolean enabled() {
                return enabled;
            }

            @Override
            public int maxEntries() {
                return maxEntries;
            }
        }, clock::get);
    }

    private static SecurityIdentity bearer(VerifiedTokenCache cache, String token) {
        return cache.authenticate(new TokenAuthenticationRequest(new AccessTokenCredential(token)), null).await().indefinitely();
    }

    @Test
    void aVerifiedTokenIsVerifiedOnceUntilItsExpiryAndThenByOidcAgain() {
        VerifiedTokenCache cache = cache(true, 10);
        SecurityIdentity first = bearer(cache, "t1");
        SecurityIdentity second = bearer(cache, "t1");
        assertEquals(1, oidc.calls.get());
        assertEquals("t1", second.getPrincipal().getName());
        assertEquals(Set.of("case-officer"), second.getRoles());
        assertEquals(first.getCredentials(), second.getCredentials());

        clock.set(NOW + 59);
        bearer(cache, "t1");
        assertEquals(1, oidc.calls.get());
        clock.set(NOW + 60); // exp reached: OIDC decides again (and would refuse it)
        bearer(cache, "t1");
        assertEquals(2, oidc.calls.get());
    }

    @Test
    void aFailedVerificationIsNeverRemembered() {
        VerifiedTokenCache cache = cache(true, 10);
        assertThrows(AuthenticationFailedException.class, () -> bearer(cache, "bad"));
        assertThrows(AuthenticationFailedException.class, () -> bearer(cache, "bad"));
        assertEquals(2, oidc.calls.get());
        assertEquals(0, cache.size());
    }

    @Test
    void otherCredentialsAndTheDisabledCacheLeaveTheRequestToOidc() {
        VerifiedTokenCache cache = cache(true, 10);
        assertNull(cache.authenticate(new TokenAuthenticationRequest(new IdTokenCredential("id")), null).await().indefinitely());
        assertEquals(0, oidc.calls.get());

        VerifiedTokenCache off = cache(false, 10);
        assertNull(off.authenticate(new TokenAuthenticationRequest(new AccessTokenCredential("t1")), null).await().indefinitely());
        assertEquals(0, off.size());
    }

    @Test
    void aFullCacheDropsExpiredTokensAndNeverGrowsPastItsBound() {
        VerifiedTokenCache cache = cache(true, 2);
        bearer(cache, "a");
        bearer(cache, "b");
        bearer(cache, "c"); // full of live tokens: c is verified but not remembered
        assertEquals(2, cache.size());
        bearer(cache, "c");
        assertEquals(4, oidc.calls.get());

        clock.set(NOW + 60); // a and b expired; d makes room by dropping them
        bearer(cache, "d");
        assertEquals(1, cache.size());
        assertTrue(cache.priority() > new CountingVerifier().priority());
    }

    private static JsonWebToken jwt(String name, long exp) {
        return new JsonWebToken() {
            @Override
            public String getName() {
                return name;
            }

            @Override
            public Set<String> getClaimNames() {
                return Set.of("exp");
            }

            @Override
            @SuppressWarnings("unchecked")
            public <T> T getClaim(String claimName) {
                return "exp".equals(claimName) ? (T) Long.valueOf(exp) : null;
            }
        };
    }
}
