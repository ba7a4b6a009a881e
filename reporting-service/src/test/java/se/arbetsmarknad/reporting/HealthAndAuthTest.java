package se.arbetsmarknad.reporting;

import io.quarkus.test.junit.QuarkusTest;
import se.arbetsmarknad.platform.testing.StandardServiceChecks;

@QuarkusTest
class HealthAndAuthTest extends StandardServiceChecks {
}
