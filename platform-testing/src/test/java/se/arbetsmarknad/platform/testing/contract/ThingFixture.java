package se.arbetsmarknad.platform.testing.contract;

import java.util.Map;
import java.util.UUID;

/** The platform's test application (ThingApp): things named by id, nothing to create beforehand. */
class ThingFixture implements AccessFixture {

    @Override
    public Map<String, Object> own(Endpoint op) {
        return Map.of("id", "thing-" + UUID.randomUUID(), "thingId", "thing-" + UUID.randomUUID());
    }

    @Override
    public Map<String, Object> unknown() {
        return Map.of("id", "unknown-" + UUID.randomUUID());
    }
}
