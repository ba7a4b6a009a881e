package se.arbetsmarknad.platform.testing.contract;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The access matrix over the platform's own test application: its rows (thing-access-matrix.md) show the
 * harness reading a real OpenAPI document, sending every caller's request and comparing each cell.
 */
@QuarkusTest
class ThingAccessMatrixTest extends AccessMatrix {

    @Override
    protected AccessFixture fixture() {
        return new ThingFixture();
    }

    @Override
    protected String table() {
        return "thing-access-matrix.md";
    }
}
