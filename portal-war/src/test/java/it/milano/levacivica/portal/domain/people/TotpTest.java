package it.milano.levacivica.portal.domain.people;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class TotpTest {

    private static final byte[] SHA1_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SHA256_KEY = "12345678901234567890123456789012".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SHA512_KEY = "1234567890123456789012345678901234567890123456789012345678901234".getBytes(StandardCharsets.US_ASCII);

    /** RFC 6238, Appendix B: time (s), then the 8-digit codes for SHA-1, SHA-256, SHA-512. */
    private static final Object[][] VECTORS = {
        {59L, "94287082", "46119246", "90693936"},
        {1111111109L, "07081804", "68084774", "25091201"},
        {1111111111L, "14050471", "67062674", "99943326"},
        {1234567890L, "89005924", "91819424", "93441116"},
        {2000000000L, "69279037", "90698825", "38618901"},
        {20000000000L, "65353130", "77737706", "47863826"},
    };

    @Test
    void theRfc6238TestVectors() {
        for (Object[] v : VECTORS) {
            long step = Totp.step(Instant.ofEpochSecond((Long) v[0]));
            assertEquals(v[1], Totp.code(SHA1_KEY, step, 8, "HmacSHA1"), "SHA-1 at " + v[0]);
            assertEquals(v[2], Totp.code(SHA256_KEY, step, 8, "HmacSHA256"), "SHA-256 at " + v[0]);
            assertEquals(v[3], Totp.code(SHA512_KEY, step, 8, "HmacSHA512"), "SHA-512 at " + v[0]);
        }
    }

    @Test
    void theRfc4226SixDigitCodes() {
        // RFC 4226, Appendix D: HOTP values for counters 0..9 of the same SHA-1 key
        String[] expected = {"755224", "287082", "359152", "969429", "338314", "254676", "287922", "162583", "399871", "520489"};
        for (int counter = 0; counter < expected.length; counter++) {
            assertEquals(expected[counter], Totp.code(SHA1_KEY, counter), "counter " + counter);
        }
    }

    @Test
    void aCodeIsAcceptedOneStepEitherSideOnceAndNeverAgain() {
        Instant now = Instant.ofEpochSecond(1111111111L);
        long step = Totp.step(now);
        String current = Totp.code(SHA1_KEY, step);
        assertEquals(OptionalLong.of(step), Totp.verify(SHA1_KEY, current, now, 0));
        assertEquals(OptionalLong.of(step - 1), Totp.verify(SHA1_KEY, Totp.code(SHA1_KEY, step - 1), now, 0));
        assertEquals(OptionalLong.of(step + 1), Totp.verify(SHA1_KEY, Totp.code(SHA1_KEY, step + 1), now, 0));
        assertTrue(Totp.verify(SHA1_KEY, Totp.code(SHA1_KEY, step - 2), now, 0).isEmpty(), "two steps old");
        assertTrue(Totp.verify(SHA1_KEY, Totp.code(SHA1_KEY, step + 2), now, 0).isEmpty(), "two steps ahead");
        assertTrue(Totp.verify(SHA1_KEY, current, now, step).isEmpty(), "the step already used");
        assertTrue(Totp.verify(SHA1_KEY, Totp.code(SHA1_KEY, step - 1), now, step).isEmpty(), "an older step after a newer one");
        assertEquals(OptionalLong.of(step), Totp.verify(SHA1_KEY, current.substring(0, 3) + " " + current.substring(3), now, 0),
                "a space in the middle");
        for (String bad : new String[] {null, "", "12345", "1234567", "abcdef", "-12345"}) {
            assertTrue(Totp.verify(SHA1_KEY, bad, now, 0).isEmpty(), String.valueOf(bad));
        }
    }

    @Test
    void base32RoundTripsAndMatchesRfc4648() {
        // RFC 4648, section 10 (without padding)
        assertEquals("MZXW6YTBOI", Base32.encode("foobar".getBytes(StandardCharsets.US_ASCII)));
        assertEquals("MZXW6YQ", Base32.encode("foob".getBytes(StandardCharsets.US_ASCII)));
        assertArrayEquals("foobar".getBytes(StandardCharsets.US_ASCII), Base32.decode("mzxw 6ytb oi======"));
        assertArrayEquals(SHA1_KEY, Base32.decode(Base32.encode(SHA1_KEY)));
        assertThrows(IllegalArgumentException.class, () -> Base32.decode("MZXW1"));
    }
}
