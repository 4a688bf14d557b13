package it.milano.levacivica.portal.infrastructure.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.Set;

/**
 * Who is signed in to a browser session, kept in the session after the sign-in, with the account's
 * security stamp at that time: every request compares it with the account's current one.
 *
 * @param name the exact user name
 * @param groups the roles' names
 * @param securityStamp the account's stamp at sign-in (or after the caller's own password change)
 * @param strong whether the sign-in was strong: password and a second factor, or SPID level 2 or more, or CIE
 */
public record SignedInCaller(String name, Set<String> groups, String securityStamp, boolean strong) implements Serializable {

    static final String ATTRIBUTE = "portal.caller";

    /** A sign-in with a password only. */
    public SignedInCaller(String name, Set<String> groups, String securityStamp) {
        this(name, groups, securityStamp, false);
    }

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
            session.setAttribute(ATTRIBUTE, new SignedInCaller(c.name(), c.groups(), newStamp, c.strong()));
        }
    }

    /**
     * After the caller enrolled a second factor (proving it with a code): this session counts as strong
     * and stays valid under the account's new stamp.
     *
     * @param req the caller's request
     * @param newStamp the account's new stamp
     */
    public static void strengthen(HttpServletRequest req, String newStamp) {
        HttpSession session = req.getSession(false);
        if (session != null && session.getAttribute(ATTRIBUTE) instanceof SignedInCaller c) {
            session.setAttribute(ATTRIBUTE, new SignedInCaller(c.name(), c.groups(), newStamp, true));
        }
    }
}
