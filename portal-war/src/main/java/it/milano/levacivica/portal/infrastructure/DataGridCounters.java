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
 *
 * <p>The grid is called from two threads of this class's own, never from the request's: Payara hands the calling
 * thread's invocation context to Hazelcast's operation, and closes that context's non-transactional
 * {@code EntityManager}s when the operation ends, so a request that counted a failure found its own
 * {@code EntityManager} closed the next time it read the database (seen in ClusterIT). Each call waits at most
 * {@value #TIMEOUT_MILLIS} ms.
 * Without a Data Grid (Payara started with {@code --nocluster}/{@code --nohazelcast}, another server) it is not
 * {@link #available()}.
 */
@ApplicationScoped
public class DataGridCounters implements SharedCounters {

    private static final Logger LOG = Logger.getLogger(DataGridCounters.class.getName());
    /** The Data Grid map of the counters. */
    static final String MAP = "portal-counters";

    /** How long a request waits for the grid before its caller falls back to its own count. */
    static final long TIMEOUT_MILLIS = 2000;

    private volatile Grid grid;
    private java.util.concurrent.ExecutorService calls;

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
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "portal-data-grid-counters");
            t.setDaemon(true);
            return t;
        });
        try {
            Object bound = new InitialContext().lookup("payara/Hazelcast");
            // the map's proxy is made on these threads too (it may call the other members)
            Grid g = pool.submit(() -> Grid.of(bound)).get(30, TimeUnit.SECONDS);
            if (g != null) {
                calls = pool;
                grid = g;
                LOG.info(() -> "Shared counters in the Data Grid " + g.name);
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (NamingException | LinkageError | java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException
                | RuntimeException e) {
            LOG.log(Level.FINE, "No Data Grid", e);
        }
        pool.shutdownNow();
        LOG.info("Shared counters: no Data Grid, each instance counts for itself");
    }

    @jakarta.annotation.PreDestroy
    void stop() {
        if (calls != null) {
            calls.shutdownNow();
        }
    }

    /** Runs a call of the grid on this class's threads, outside the request's invocation context. */
    private <T> T outside(java.util.concurrent.Callable<T> call) throws Exception {
        return calls.submit(call).get(TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
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
            long v = outside(() -> g.increment(key, Math.max(1, lifetime.toSeconds())));
            return v < 0 ? OptionalLong.empty() : OptionalLong.of(v);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OptionalLong.empty();
        } catch (Exception e) {
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
            return OptionalLong.of(outside(() -> g.get(key)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OptionalLong.empty();
        } catch (Exception e) {
            LOG.log(Level.WARNING, "The Data Grid did not answer for " + key, e);
            return OptionalLong.empty();
        }
    }
}
