package se.arbetsmarknad.platform.demo;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Whether a service loads its demo data at start-up (prefix {@code suite.demo-data};
 * {@code SUITE_DEMO_DATA_ENABLED}, true under {@code ./suite up}, false in k8s). One setting that every
 * service's demo package reads, so that no demo loader can default differently.
 */
@ConfigMapping(prefix = "suite.demo-data")
public interface DemoDataConfig {

    @WithDefault("false")
    boolean enabled();
}
