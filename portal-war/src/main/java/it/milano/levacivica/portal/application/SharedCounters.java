package it.milano.levacivica.portal.application;

import java.time.Duration;
import java.util.OptionalLong;

/**
 * Counters shared by every instance of the portal: Payara's Data Grid when the instances are clustered
 * ({@code DataGridCounters}). Used where a limit must hold for the whole service, not per instance.
 */
public interface SharedCounters {

    /** @return whether the counters are shared through a Data Grid (false: callers keep their own in memory) */
    boolean available();

    /**
     * Adds one to a counter, creating it at 1; it is forgotten {@code lifetime} after it was created.
     *
     * @param key the counter's name, not null
     * @param lifetime how long the counter lives, positive
     * @return the new value, or empty when the Data Grid did not answer
     */
    OptionalLong increment(String key, Duration lifetime);

    /**
     * @param key the counter's name, not null
     * @return its value (0 when there is none), or empty when the Data Grid did not answer
     */
    OptionalLong get(String key);
}
