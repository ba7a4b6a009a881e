package se.arbetsmarknad.platform.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import java.util.Map;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A small but real OIDC provider for tests: it serves the discovery document and the JSON Web Key Set
 * over HTTP, and {@link TestTokens} signs access tokens (RS256) with its private key, so the services
 * verify signatures, issuer and expiry exactly as against Keycloak. One per test JVM.
 */
public class OidcTestResource implements QuarkusTestResourceLifecycleManager {

    static final String KEY_ID = "platform-testing";
    private static HttpServer server;
    private static KeyPair keys;
    private static String issuer;

    static synchronized void ensureStarted() {
        if (server != null) {
            return;
        }
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            keys = generator.generateKeyPair();
            server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        } catch (NoSuchAlgorithmException | IOException e) {
            throw new IllegalStateException("The test OIDC provider did not start", e);
        }
        issuer = "http://localhost:" + server.getAddress().getPort() + "/realms/kommun";
        RSAPublicKey pub = (RSAPublicKey) keys.getPublic();
        String jwks = """
                {"keys":[{"kty":"RSA","use":"sig","alg":"RS256","kid":"%s","n":"%s","e":"%s"}]}"""
                .formatted(KEY_ID, base64Url(pub.getModulus()), base64Url(pub.getPublicExponent()));
        String discovery = """
                {"issuer":"%1$s","jwks_uri":"%1$s/protocol/openid-connect/certs",
                 "token_endpoint":"%1$s/protocol/openid-connect/token",
                 "authorization_endpoint":"%1$s/protocol/openid-connect/auth",
                 "id_token_signing_alg_values_supported":["RS256"]}""".formatted(issuer);
        server.createContext("/realms/kommun/.well-known/openid-configuration", x -> reply(x, discovery));
        server.createContext("/realms/kommun/protocol/openid-connect/certs", x -> reply(x, jwks));
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(0)));
    }

    public static String issuer() {
        ensureStarted();
        return issuer;
    }

    static PrivateKey signingKey() {
        ensureStarted();
        return keys.getPrivate();
    }

    @Override
    public Map<String, String> start() {
        ensureStarted();
        return Map.of(
                "quarkus.oidc.auth-server-url", issuer,
                "quarkus.oidc.connection-delay", "0S");
    }

    @Override
    public void stop() {
        // kept for the next Quarkus start in this JVM
    }

    private static void reply(HttpExchange exchange, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static String base64Url(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes.length > 1 && bytes[0] == 0) {
            bytes = java.util.Arrays.copyOfRange(bytes, 1, bytes.length); // unsigned big-endian
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
