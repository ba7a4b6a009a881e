package se.arbetsmarknad.platform.testing;

import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Everything a service's tests need, real and container-free: PostgreSQL, a Kafka broker and an OIDC
 * provider. A service declares it once: {@code @QuarkusTestResource(SuiteTestResource.class)} on any
 * test class applies it to all of the module's Quarkus tests.
 */
public class SuiteTestResource implements QuarkusTestResourceLifecycleManager {

    private final PostgresTestResource postgres = new PostgresTestResource();
    private final KafkaTestResource kafka = new KafkaTestResource();
    private final OidcTestResource oidc = new OidcTestResource();

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>();
        config.putAll(postgres.start());
        config.putAll(kafka.start());
        config.putAll(oidc.start());
        return config;
    }

    @Override
    public void stop() {
        oidc.stop();
        kafka.stop();
        postgres.stop();
    }
}
