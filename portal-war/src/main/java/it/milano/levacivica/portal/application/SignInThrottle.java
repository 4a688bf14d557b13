package it.milano.levacivica.portal.application;

import io.github.bucket4j.Bucket;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Failed sign-ins per client address, as token buckets (Bucket4j): an address that used up its failures
 * is refused before any password hash is computed, until its bucket refills. This bounds both guessing
 * across many accounts and the CPU an address can make the portal spend on PBKDF2. Kept in this
 * instance's memory: with N instances an address gets at most N times the budget.
 */
@ApplicationScoped
public class SignInThrottle {

    private static final int MAX_ADDRESSES = 100_000;

    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    @Inject
    @ConfigProperty(name = "portal.login.addressFailures", defaultValue = "30")
    private int failures;

    @Inject
    @ConfigProperty(name = "portal.login.addressWindowMinutes", defaultValue = "10")
    private int windowMinutes;

    private Duration window;

    @PostConstruct
    void init() {
        window = Duration.ofMinutes(windowMinutes);
    }

    /** @param address a client address @return whether it may try to sign in now */
    public boolean allows(String address) {
        Bucket b = buckets.get(address);
        return b == null || b.getAvailableTokens() > 0;
    }

    /** @param address a client address whose sign-in failed */
    public void failed(String address) {
        if (buckets.size() > MAX_ADDRESSES) {
            buckets.clear();
        }
        buckets.computeIfAbsent(address, a -> Bucket.builder()
                .addLimit(limit -> limit.capacity(failures).refillGreedy(failures, window))
                .build()).tryConsume(1);
    }
}
