package it.milano.levacivica.portal.infrastructure.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The synchroniser token of a browser session (OWASP CSRF cheat sheet): a random value kept in the
 * session, put into the sign-in and sign-out forms and into a {@code <meta>} of every page, and required
 * as the {@code X-CSRF-Token} header of state-changing API calls made with the session cookie. A new
 * token is made at sign-in.
 */
public final class CsrfToken {

    /** Session attribute holding the token. */
    static final String ATTRIBUTE = "portal.csrf";
    /** The form field carrying it. */
    public static final String FIELD = "csrf";
    /** The header carrying it on API calls. */
    public static final String HEADER = "X-CSRF-Token";

    private static final SecureRandom RANDOM = new SecureRandom();

    private CsrfToken() {
    }

    /** @param session a session @return its token, made now if it has none */
    public static String of(HttpSession session) {
        Object t = session.getAttribute(ATTRIBUTE);
        if (t instanceof String s) {
            return s;
        }
        return renew(session);
    }

    /** @param session a session @return a new token, replacing the old one */
    static String renew(HttpSession session) {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(b);
        session.setAttribute(ATTRIBUTE, token);
        return token;
    }

    /** @param req a request @param presented the token it carries @return whether it is its session's token */
    static boolean matches(HttpServletRequest req, String presented) {
        HttpSession session = req.getSession(false);
        Object expected = session == null ? null : session.getAttribute(ATTRIBUTE);
        return presented != null && expected instanceof String e
                && MessageDigest.isEqual(e.getBytes(StandardCharsets.UTF_8), presented.getBytes(StandardCharsets.UTF_8));
    }
}
