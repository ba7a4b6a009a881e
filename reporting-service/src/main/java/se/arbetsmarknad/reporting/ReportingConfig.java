package se.arbetsmarknad.reporting;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Typed configuration of reporting-service (prefix {@code reporting}). */
@ConfigMapping(prefix = "reporting")
public interface ReportingConfig {

    /** How often changed statistic series are published ({@code statistic.series-updated}). */
    @WithDefault("5s")
    Duration publishInterval();

    /** How long a finished export file is kept for download; then the job and its file are deleted. */
    @WithDefault("24h")
    Duration exportRetention();
}
