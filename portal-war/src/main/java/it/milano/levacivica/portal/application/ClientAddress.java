package it.milano.levacivica.portal.application;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The client's address as the sign-in mechanism resolved it (the peer, or the address a configured
 * trusted proxy forwarded), kept on the request for the services that record it.
 */
public final class ClientAddress {

    /** Request attribute holding the resolved address. */
    public static final String ATTRIBUTE = "portal.clientAddress";

    private ClientAddress() {
    }

    /** @param request the request @return the resolved client address, or the peer's address */
    public static String of(HttpServletRequest request) {
        Object resolved = request.getAttribute(ATTRIBUTE);
        return resolved instanceof String s ? s : request.getRemoteAddr();
    }
}
