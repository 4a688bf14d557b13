package it.milano.levacivica.portal.infrastructure.security;

import it.milano.levacivica.portal.application.PeopleService.AccountChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Remembers a successful HTTP Basic check for a few minutes, so that a script's repeated calls do not
 * pay PBKDF2 (about 0.3 s of CPU) every time. Only an HMAC of the exact user name and password, keyed
 * with a random key of this process, is kept in memory, with the account's security stamp at the time:
 * a lookup with any other stamp (password reset, disabled, roles changed, on whichever instance) misses.
 */
@ApplicationScoped
public class BasicCredentialCache {

    private record Entry(byte[] mac, Set<String> groups, String stamp, Instant expires) {
    }

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
    private final byte[] key = new byte[32];

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "portal.login.basicCacheSeconds", defaultValue = "300")
    private int seconds;

    public BasicCredentialCache() {
        new SecureRandom().nextBytes(key);
    }

    /**
     * @param username the exact user name
     * @param password the password presented
     * @param currentStamp the account's security stamp now
     * @return the groups of a remembered, still valid check of exactly this name, password and stamp
     */
    Optional<Set<String>> lookup(String username, String password, String currentStamp) {
        Entry e = entries.get(username);
        if (e == null || e.expires().isBefore(clock.instant()) || !e.stamp().equals(currentStamp)
                || !MessageDigest.isEqual(e.mac(), mac(username, password))) {
            return Optional.empty();
        }
        return Optional.of(e.groups());
    }

    void remember(String username, String password, Set<String> groups, String stamp) {
        if (seconds > 0) {
            if (entries.size() > 10_000) {
                entries.clear();
            }
            entries.put(username, new Entry(mac(username, password), Set.copyOf(groups), stamp, clock.instant().plusSeconds(seconds)));
        }
    }

    void forget(@Observes AccountChanged changed) {
        entries.remove(changed.username());
    }

    private byte[] mac(String username, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update(username.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return mac.doFinal(password.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
