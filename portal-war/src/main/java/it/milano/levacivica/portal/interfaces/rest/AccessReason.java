package it.milano.levacivica.portal.interfaces.rest;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * The reason for reading a restricted case, sent as the header {@code X-Access-Reason}. HTTP headers carry Latin-1,
 * so a reason with other letters is sent percent-encoded UTF-8 ({@code perch%C3%A9}); plain text passes unchanged.
 */
final class AccessReason {

    /** The header's name. */
    static final String HEADER = "X-Access-Reason";

    private AccessReason() {
    }

    /** @param header the header's value, or null @return the reason, decoded, or null */
    static String of(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        try {
            return URLDecoder.decode(header.replace("+", "%2B"), StandardCharsets.UTF_8).strip();
        } catch (IllegalArgumentException notEncoded) {
            return header.strip();
        }
    }
}
