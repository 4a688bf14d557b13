package it.milano.levacivica.portal.infrastructure;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import it.milano.levacivica.portal.application.SharedCounters;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * {@link SharedCounters} in Payara's Data Grid (the Hazelcast instance Payara binds at {@code payara/Hazelcast}), in one
 * map whose entries expire by themselves and have a backup on another member (an instance that dies loses nothing).
 * Values are {@code Long}s, changed by compare-and-set, so nothing of the application is deserialized by the grid.
 * Without a Data Grid (Payara started with {@code --nocluster}/{@code --nohazelcast}, another server) it is not
 * {@link #available()}.
 */
@ApplicationScoped
public class DataGridCounters implements SharedCounters {

    private static final Logger LOG = Logger.getLogger(DataGridCounters.class.getName());
    /** The Data Grid map of the counters. */
    static final String MAP = "portal-counters";

    private volatile Grid grid;

    /** Hazelcast's classes stay behind this holder, so that a server without them only loses the sharing. */
    private static final class Grid {
        private final IMap<String, Long> map;
        private final String name;

        private Grid(HazelcastInstance h) {
            this.map = h.getMap(MAP);
            this.name = h.getConfig().getClusterName() + " (" + h.getCluster().getMembers().size() + " member(s) now)";
        }

        /** @return the grid bound in JNDI, if it is a running Hazelcast instance */
        static Grid of(Object bound) {
            return bound instanceof HazelcastInstance h && h.getLifecycleService().isRunning() ? new Grid(h) : null;
        }

        long increment(String key, long ttlSeconds) {
            for (int attempt = 0; attempt < 50; attempt++) {
                Long old = map.putIfAbsent(key, 1L, ttlSeconds, TimeUnit.SECONDS);
                if (old == null) {
                    return 1;
                }
                if (map.replace(key, old, old + 1)) {
                    // a replaced value may lose the entry's expiry: set it again
                    map.setTtl(key, ttlSeconds, TimeUnit.SECONDS);
                    return old + 1;
                }
            }
            return -1;
        }

        long get(String key) {
            Long v = map.get(key);
            return v == null ? 0 : v;
        }
    }

    @PostConstruct
    void connect() {
        try {
            Grid g = Grid.of(new InitialContext().lookup("payara/Hazelcast"));
            if (g != null) {
                grid = g;
                LOG.info(() -> "Shared counters in the Data Grid " + g.name);
                return;
            }
        } catch (NamingException | LinkageError | RuntimeException e) {
            LOG.log(Level.FINE, "No Data Grid", e);
        }
        LOG.info("Shared counters: no Data Grid, each instance counts for itself");
    }

    @Override
    public boolean available() {
        return grid != null;
    }

    @Override
    public OptionalLong increment(String key, Duration lifetime) {
        Objects.requireNonNull(key, "key");
        Grid g = grid;
        if (g == null) {
            return OptionalLong.empty();
        }
        try {
            long v = g.increment(key, Math.max(1, lifetime.toSeconds()));
            return v < 0 ? OptionalLong.empty() : OptionalLong.of(v);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The Data Grid did not count " + key, e);
            return OptionalLong.empty();
        }
    }

    @Override
    public OptionalLong get(String key) {
        Objects.requireNonNull(key, "key");
        Grid g = grid;
        if (g == null) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(g.get(key));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The Data Grid did not answer for " + key, e);
            return OptionalLong.empty();
        }
    }
}
