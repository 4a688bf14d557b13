package it.milano.levacivica.portal.domain.people;

import java.io.ByteArrayOutputStream;
import java.util.Locale;
import java.util.Objects;

/** Base32 (RFC 4648, no padding), the alphabet authenticator apps expect for TOTP secrets. Stateless. */
public final class Base32 {

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    private Base32() {
    }

    /** @param bytes any bytes @return their Base32 text, upper case, without padding */
    public static String encode(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        StringBuilder out = new StringBuilder((bytes.length * 8 + 4) / 5);
        int buffer = 0;
        int bits = 0;
        for (byte b : bytes) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                out.append(ALPHABET.charAt((buffer >> (bits - 5)) & 31));
                bits -= 5;
            }
        }
        if (bits > 0) {
            out.append(ALPHABET.charAt((buffer << (5 - bits)) & 31));
        }
        return out.toString();
    }

    /**
     * @param text Base32 text, any case, spaces and padding ignored
     * @return the bytes
     * @throws IllegalArgumentException naming the first character outside the alphabet
     */
    public static byte[] decode(String text) {
        Objects.requireNonNull(text, "text");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int buffer = 0;
        int bits = 0;
        for (char c : text.toUpperCase(Locale.ROOT).toCharArray()) {
            if (c == ' ' || c == '=') {
                continue;
            }
            int v = ALPHABET.indexOf(c);
            if (v < 0) {
                throw new IllegalArgumentException("not Base32: '" + c + "' in '" + text + "'");
            }
            buffer = (buffer << 5) | v;
            bits += 5;
            if (bits >= 8) {
                out.write((buffer >> (bits - 8)) & 0xff);
                bits -= 8;
            }
        }
        return out.toByteArray();
    }
}
