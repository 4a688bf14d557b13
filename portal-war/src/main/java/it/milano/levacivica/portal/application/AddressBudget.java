package it.milano.levacivica.portal.application;

import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A budget of failures per client address, as token buckets (Bucket4j): each failure spends one, the bucket refills
 * {@code capacity} over {@code window}, and an address with nothing left is refused before any work is done. The one
 * rule behind {@link SignInThrottle} (wrong passwords) and the calendar feed's unknown tokens. Kept in this
 * instance's memory: with N instances an address gets at most N times the budget. Thread-safe.
 */
public final class AddressBudget {

    private static final int MAX_ADDRESSES = 100_000;

    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final int capacity;
    private final Duration window;

    /**
     * @param capacity failures an address may make in a window, at least 1
     * @param window the time in which a spent budget refills, positive
     */
    public AddressBudget(int capacity, Duration window) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1: " + capacity);
        }
        this.capacity = capacity;
        this.window = Objects.requireNonNull(window, "window");
    }

    /** @param address a client address @return whether it has budget left */
    public boolean allows(String address) {
        Bucket b = buckets.get(address);
        return b == null || b.getAvailableTokens() > 0;
    }

    /** @param address a client address that failed once more */
    public void spend(String address) {
        if (buckets.size() > MAX_ADDRESSES) {
            buckets.clear();
        }
        buckets.computeIfAbsent(address, a -> Bucket.builder()
                .addLimit(limit -> limit.capacity(capacity).refillGreedy(capacity, window))
                .build()).tryConsume(1);
    }
}
