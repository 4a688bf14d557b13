package it.milano.levacivica.portal.infrastructure.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.Set;

/**
 * Who is signed in to a browser session, kept in the session after the form sign-in, with the account's
 * security stamp at that time: every request compares it with the account's current one.
 *
 * @param name the exact user name
 * @param groups the roles' names
 * @param securityStamp the account's stamp at sign-in (or after the caller's own password change)
 */
public record SignedInCaller(String name, Set<String> groups, String securityStamp) implements Serializable {

    static final String ATTRIBUTE = "portal.caller";

    /**
     * After the caller changed their own password: keeps this session valid under the account's new stamp
     * (the account's other sessions end).
     *
     * @param req the caller's request
     * @param newStamp the account's new stamp
     */
    public static void keepSession(HttpServletRequest req, String newStamp) {
        HttpSession session = req.getSession(false);
        if (session != null && session.getAttribute(ATTRIBUTE) instanceof SignedInCaller c) {
            session.setAttribute(ATTRIBUTE, new SignedInCaller(c.name(), c.groups(), newStamp));
        }
    }
}
