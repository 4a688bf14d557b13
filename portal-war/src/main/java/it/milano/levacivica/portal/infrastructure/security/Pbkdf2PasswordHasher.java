package it.milano.levacivica.portal.infrastructure.security;

import it.milano.levacivica.portal.domain.people.PasswordHasher;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * PBKDF2-HMAC-SHA512 at 210,000 iterations (OWASP 2023), with Jakarta Security's implementation
 * (its default of 2,048 iterations is far too weak). A stored hash names its own algorithm and
 * iterations, so raising them later keeps old hashes valid.
 */
@ApplicationScoped
public class Pbkdf2PasswordHasher implements PasswordHasher {

    /** Iterations of new hashes. */
    public static final int ITERATIONS = 210_000;

    @Inject
    private Pbkdf2PasswordHash pbkdf2;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", Integer.toString(ITERATIONS),
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "64"));
    }

    @Override
    public String hash(char[] password) {
        return pbkdf2.generate(password);
    }

    @Override
    public boolean verify(char[] password, String hash) {
        try {
            return pbkdf2.verify(password, hash);
        } catch (RuntimeException malformed) {
            return false;
        }
    }
}
