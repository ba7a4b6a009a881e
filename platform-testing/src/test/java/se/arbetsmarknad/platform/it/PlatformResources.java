package se.arbetsmarknad.platform.it;

import io.quarkus.test.common.QuarkusTestResource;
import se.arbetsmarknad.platform.testing.SuiteTestResource;

/** Real PostgreSQL, Kafka and OIDC for every @QuarkusTest in this module. */
@QuarkusTestResource(SuiteTestResource.class)
public class PlatformResources {
}
