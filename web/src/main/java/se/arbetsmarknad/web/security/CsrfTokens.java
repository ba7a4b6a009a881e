package se.arbetsmarknad.web.security;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The per-session CSRF token: an HMAC of the user's subject and the provider's session id under the
 * server's session secret. Nothing is stored: every replica computes the same token for the same
 * session, and a new sign-in gives a new token.
 */
@ApplicationScoped
public class CsrfTokens {

    public static final String FORM_FIELD = "_csrf";
    public static final String HEADER = "X-CSRF-Token";

    @Inject
    SignedInUser user;

    private final SecretKeySpec key;

    @Inject
    public CsrfTokens(@ConfigProperty(name = "web.session-secret") String secret) {
        this.key = new SecretKeySpec(("csrf:" + secret).getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /** The token of the current session (empty when nobody is signed in). */
    public String current() {
        if (!user.signedIn()) {
            return "";
        }
        return tokenFor(user.subject(), user.sessionKey());
    }

    public boolean matches(String candidate) {
        String expected = current();
        return candidate != null && !expected.isEmpty() && MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.US_ASCII), candidate.getBytes(StandardCharsets.US_ASCII));
    }

    String tokenFor(String subject, String session) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] digest = mac.doFinal((subject + "\n" + session).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
