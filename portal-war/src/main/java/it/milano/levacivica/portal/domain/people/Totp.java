package it.milano.levacivica.portal.domain.people;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Objects;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords (TOTP, RFC 6238, on HOTP, RFC 4226): the codes that authenticator apps
 * show. The portal uses HMAC-SHA1, 6 digits and 30-second steps from the Unix epoch, what every
 * authenticator app understands; the other hashes and lengths are here for the RFC's test vectors.
 *
 * <p>Stateless and thread-safe. Time comes in as an {@link Instant}: nothing here reads the clock.
 */
public final class Totp {

    /** The length of a step, in seconds. */
    public static final int STEP_SECONDS = 30;
    /** The portal's code length. */
    public static final int DIGITS = 6;
    /** Steps accepted either side of the current one (clock drift of the phone). */
    public static final int WINDOW = 1;

    private static final int[] POWERS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000};

    private Totp() {
    }

    /** @param time an instant @return its step: whole 30-second periods since the Unix epoch */
    public static long step(Instant time) {
        return Math.floorDiv(time.getEpochSecond(), STEP_SECONDS);
    }

    /**
     * @param key the shared secret
     * @param step the time step
     * @param digits 6 to 8
     * @param algorithm {@code HmacSHA1}, {@code HmacSHA256} or {@code HmacSHA512}
     * @return the code, left-padded with zeros to {@code digits}
     */
    public static String code(byte[] key, long step, int digits, String algorithm) {
        Objects.requireNonNull(key, "key");
        if (digits < 6 || digits > 8) {
            throw new IllegalArgumentException("digits must be 6 to 8: " + digits);
        }
        byte[] hash;
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(key, "RAW"));
            hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("unusable algorithm: " + algorithm, e);
        }
        int offset = hash[hash.length - 1] & 0x0f;
        int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16) | ((hash[offset + 2] & 0xff) << 8)
                | (hash[offset + 3] & 0xff);
        String s = Integer.toString(binary % POWERS[digits]);
        return "0".repeat(digits - s.length()) + s;
    }

    /** @param key the shared secret @param step a step @return the portal's code (SHA-1, 6 digits) for it */
    public static String code(byte[] key, long step) {
        return code(key, step, DIGITS, "HmacSHA1");
    }

    /**
     * Checks a code typed by a person against the steps around {@code now}, refusing steps already used.
     *
     * @param key the shared secret
     * @param typed the code as typed (spaces are ignored)
     * @param now the current time
     * @param lastUsedStep the last step accepted for this secret (its code and older ones are refused)
     * @return the step matched, or empty
     */
    public static OptionalLong verify(byte[] key, String typed, Instant now, long lastUsedStep) {
        if (typed == null) {
            return OptionalLong.empty();
        }
        String code = typed.replace(" ", "");
        if (code.length() != DIGITS || !code.chars().allMatch(Character::isDigit)) {
            return OptionalLong.empty();
        }
        long current = step(now);
        OptionalLong matched = OptionalLong.empty();
        for (long s = current - WINDOW; s <= current + WINDOW; s++) {
            // every step is computed and compared in constant time, so that timing tells nothing
            boolean same = MessageDigest.isEqual(code(key, s).getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                    code.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            if (same && s > lastUsedStep && matched.isEmpty()) {
                matched = OptionalLong.of(s);
            }
        }
        return matched;
    }
}
