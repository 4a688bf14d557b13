package it.milano.levacivica.portal.interfaces.rest;

import it.milano.levacivica.portal.application.InvalidInputException;

/** The version of a record a client read: from the body, or from an {@code If-Match} header holding the ETag. */
final class Versions {

    private Versions() {
    }

    static Long of(Long bodyVersion, String ifMatch) {
        if (bodyVersion != null || ifMatch == null || ifMatch.isBlank()) {
            return bodyVersion;
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            throw InvalidInputException.of("If-Match", "validation.version");
        }
    }
}
