package se.arbetsmarknad.platform.security;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.runtime.OidcIdentityProvider;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * Remembers a bearer token that Quarkus OIDC has verified, until the token's own {@code exp}, so a client that
 * sends the same token on every request (the web application, an integration, the bench) pays for parsing it,
 * its signature and its claims once instead of per request (about a tenth of participant-service's CPU per
 * enrolment went there; Quarkus OIDC itself caches only introspection and UserInfo results).
 * <p>
 * Nothing is checked less: a token is only ever remembered after OIDC's own verification succeeded (signature
 * against the provider's keys, issuer, audience, expiry and whatever else {@code quarkus.oidc.*} requires), a
 * failure is never remembered, and from its {@code exp} on the token goes through OIDC again, which refuses it.
 * Every check OIDC makes is a function of the token and the clock alone, so until {@code exp} it would give the
 * same answer. Revocation is as before: the services verify JWTs locally without introspection, so a revoked
 * token was and is accepted until it expires. Only the default tenant's bearer tokens are handled; anything
 * else (a code flow's ID token, which carries a session) goes to OIDC's provider as if this one did not exist.
 * <p>
 * Registered above OIDC's provider (same request type, higher priority); it calls OIDC's provider itself on a
 * miss, so a token is verified once either way. The identity is request-independent except for the routing
 * context and the authentication context OIDC attaches, which are replaced by the current request's.
 */
@ApplicationScoped
public class VerifiedTokenCache implements IdentityProvider<TokenAuthenticationRequest> {

    private static final String ROUTING_CONTEXT = RoutingContext.class.getName();
    private static final String REQUEST_CONTEXT = AuthenticationRequestContext.class.getName();

    private final IdentityProvider<TokenAuthenticationRequest> oidc;
    private final TokenCacheConfig config;
    private final LongSupplier epochSecond;
    private final ConcurrentHashMap<String, Verified> verified = new ConcurrentHashMap<>();

    private record Verified(SecurityIdentity identity, long expiresAt) {
    }

    @Inject
    VerifiedTokenCache(OidcIdentityProvider oidc, TokenCacheConfig config) {
        // Real time, as OIDC's own expiry check uses (not SuiteClock, which tests may move).
        this(oidc, config, () -> System.currentTimeMillis() / 1000);
    }

    VerifiedTokenCache(IdentityProvider<TokenAuthenticationRequest> oidc, TokenCacheConfig config, LongSupplier epochSecond) {
        this.oidc = oidc;
        this.config = config;
        this.epochSecond = epochSecond;
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    @Override
    public int priority() {
        return IdentityProvider.super.priority() + 1000; // before OIDC's provider (the default priority)
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        if (!config.enabled() || request.getToken().getClass() != AccessTokenCredential.class) {
            return Uni.createFrom().nullItem(); // not ours: the next provider (OIDC's) handles it
        }
        String token = request.getToken().getToken();
        Verified hit = verified.get(token);
        if (hit != null) {
            if (epochSecond.getAsLong() < hit.expiresAt()) {
                return Uni.createFrom().item(forThisRequest(hit.identity(), request, context));
            }
            verified.remove(token, hit);
        }
        return oidc.authenticate(request, context).invoke(identity -> remember(token, identity));
    }

    /** How many verified tokens are held now (for tests and diagnostics). */
    int size() {
        return verified.size();
    }

    private void remember(String token, SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            return;
        }
        long exp = jwt.getExpirationTime();
        long now = epochSecond.getAsLong();
        if (exp <= now) {
            return; // no exp claim (0) or already past it: nothing to remember
        }
        if (verified.size() >= config.maxEntries()) {
            verified.values().removeIf(v -> v.expiresAt() <= now);
            if (verified.size() >= config.maxEntries()) {
                return; // full of live tokens: verify this one every time rather than grow without bound
            }
        }
        verified.put(token, new Verified(identity, exp));
    }

    private static SecurityIdentity forThisRequest(SecurityIdentity cached, TokenAuthenticationRequest request,
            AuthenticationRequestContext context) {
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder(cached).addAttribute(REQUEST_CONTEXT, context);
        RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(request);
        if (routing != null) {
            routing.put(REQUEST_CONTEXT, context); // as OIDC's provider does for the request it verifies
            builder.addAttribute(ROUTING_CONTEXT, routing);
        }
        return builder.build();
    }
}
