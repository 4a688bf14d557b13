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
 * pay PBKDF2 (about 0.3 s of CPU) every time. Only an HMAC of the password, keyed with a random key of
 * this process, is kept in memory; a change to the account forgets it at once.
 */
@ApplicationScoped
public class BasicCredentialCache {

    private record Entry(byte[] mac, Set<String> groups, Instant expires) {
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

    /** @return the groups of a remembered, still valid check of exactly this name and password */
    Optional<Set<String>> lookup(String username, String password) {
        Entry e = entries.get(username);
        if (e == null) {
            return Optional.empty();
        }
        if (e.expires().isBefore(clock.instant()) || !MessageDigest.isEqual(e.mac(), mac(username, password))) {
            return Optional.empty();
        }
        return Optional.of(e.groups());
    }

    void remember(String username, String password, Set<String> groups) {
        if (seconds > 0) {
            if (entries.size() > 10_000) {
                entries.clear();
            }
            entries.put(username, new Entry(mac(username, password), Set.copyOf(groups), clock.instant().plusSeconds(seconds)));
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
