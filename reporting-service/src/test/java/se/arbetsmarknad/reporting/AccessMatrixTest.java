package se.arbetsmarknad.reporting;

import io.quarkus.test.junit.QuarkusTest;
import se.arbetsmarknad.platform.testing.contract.AccessFixture;
import se.arbetsmarknad.platform.testing.contract.AccessMatrix;

/** Every operation × every caller against src/test/resources/access-matrix.md (issue 14). */
@QuarkusTest
class AccessMatrixTest extends AccessMatrix {

    @Override
    protected AccessFixture fixture() {
        return new ContractFixture();
    }
}
