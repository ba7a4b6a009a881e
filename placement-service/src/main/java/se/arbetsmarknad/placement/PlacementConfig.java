package se.arbetsmarknad.placement;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Typed configuration of placement-service (prefix {@code placement}). */
@ConfigMapping(prefix = "placement")
public interface PlacementConfig {

    Matching matching();

    Ssyk ssyk();

    interface Matching {
        /**
         * How often the matching index reads everything again, as a safety net beside the change
         * notifications that keep it current.
         */
        @WithDefault("15m")
        Duration fullReloadInterval();
    }

    interface Ssyk {
        /**
         * A file (CSV or .xlsx: {@code code}, {@code name_sv} or {@code name}, optionally {@code level} and
         * {@code name_en}) replacing the shipped SSYK 2012 list; read by ssyk.SsykCatalogue at start-up.
         */
        Optional<String> file();
    }
}
