package se.arbetsmarknad.placement;

import io.quarkus.test.junit.QuarkusTest;
import se.arbetsmarknad.platform.testing.contract.AccessFixture;
import se.arbetsmarknad.platform.testing.contract.BodyFuzzing;

/** Generated bodies for every JSON write operation (issue 14); `./suite fuzz` runs 10 000. */
@QuarkusTest
class FuzzTest extends BodyFuzzing {

    @Override
    protected AccessFixture fixture() {
        return new ContractFixture();
    }
}
