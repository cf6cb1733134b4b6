package org.esafety.impact;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How an impact report runs beside live traffic (README "Impact of a rule change"). */
@ConfigMapping(prefix = "esafety.rules.impact")
public interface ImpactConfig {

    /** Incidents read in one short read-only transaction (keyset pages by incident id). */
    @WithDefault("500")
    int batchSize();

    /** A rest after each full batch, so that a long report leaves the database and the processors to intake. */
    @WithDefault("PT0.02S")
    Duration pause();

    /** The changed incidents a job lists; beyond this it only counts them (and says the list is truncated). */
    @WithDefault("10000")
    int maxChanges();

    /** Jobs kept in memory, the newest; an older one answers 404 (a job is re-runnable). */
    @WithDefault("5")
    int jobsKept();
}
