package se.arbetsmarknad.reporting;

import io.quarkus.test.common.QuarkusTestResource;
import se.arbetsmarknad.platform.testing.SuiteTestResource;

/** Real PostgreSQL, Kafka and OIDC for every Quarkus test of this module. */
@QuarkusTestResource(SuiteTestResource.class)
public class ServiceTestResources {
}
