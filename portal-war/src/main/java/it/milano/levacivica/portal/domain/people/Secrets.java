package it.milano.levacivica.portal.domain.people;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The one place for bearer secrets that the portal hands out and keeps only as a hash: personal API tokens
 * ({@link ApiToken}) and calendar feed tokens. A secret is 256 random bits from {@link SecureRandom}, URL-safe
 * Base64 without padding (43 characters); only its SHA-256 (64 hex digits) is stored and looked up. A plain
 * hash is enough, unlike for passwords: the secret has 256 bits of entropy, so there is nothing to guess.
 * Thread-safe.
 */
public final class Secrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() {
    }

    /** @return a new secret: 32 random bytes, URL-safe Base64 without padding */
    public static String random256() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    /**
     * @param secret a secret as presented, not null
     * @return its SHA-256 over UTF-8, as 64 lower-case hex digits (the stored form)
     */
    public static String hash(String secret) {
        Objects.requireNonNull(secret, "secret");
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
