package se.arbetsmarknad.platform.municipality;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The municipality the suite is installed for, set once for every service (prefix
 * {@code suite.municipality}, in k8s the {@code SUITE_MUNICIPALITY_*} keys of {@code suite-common}).
 * The defaults are Lund's: the demo's reports are Lund's interim report.
 */
@ConfigMapping(prefix = "suite.municipality")
public interface Municipality {

    /** The municipality's name as a place ("Lund"): where a placement or organisation registered without one is. */
    @WithDefault("Lund")
    String name();

    /** SCB's four-digit kommunkod (Lund 1281, Malmö 1280, Uppsala 0380), e.g. in Kolada output. */
    @WithDefault("1281")
    String code();

    /** The municipality as an authority ("Lunds kommun", "Malmö stad"): it heads printed reports. */
    @WithDefault("Lunds kommun")
    String authority();

    /** The municipality a request names (trimmed), or this one when it names none. */
    default String orThis(String named) {
        return named == null || named.isBlank() ? name() : named.trim();
    }
}
