package se.arbetsmarknad.platform.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@link VerifiedTokenCache}: bearer tokens remembered after OIDC verified them, until their {@code exp}. */
@ConfigMapping(prefix = "platform.token-cache")
public interface TokenCacheConfig {

    /** Off: every request's token is verified by OIDC again. */
    @WithDefault("true")
    boolean enabled();

    /**
     * At most this many tokens (one per signed-in user and client, each a few KB with its parsed claims); when
     * full of unexpired ones, a new token is verified on every request instead of remembered.
     */
    @WithDefault("1000")
    int maxEntries();
}
