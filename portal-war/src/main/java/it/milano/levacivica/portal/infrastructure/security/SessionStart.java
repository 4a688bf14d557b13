package it.milano.levacivica.portal.infrastructure.security;

import it.milano.levacivica.portal.application.SignInService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What every way in does once it decided who is signing in (password form, its second step, SPID/CIE):
 * a new session id and CSRF token, the caller and the account's security stamp in the session, then the
 * page asked for before signing in. Or, when a second factor must follow, a pending sign-in instead.
 */
final class SessionStart {

    private SessionStart() {
    }

    /** @return the page asked for before signing in (a local path), taken out of the session, or "/" */
    static String takeReturnTo(HttpSession session) {
        Object returnTo = session.getAttribute(PortalAuthenticationMechanism.RETURN_TO_ATTRIBUTE);
        session.removeAttribute(PortalAuthenticationMechanism.RETURN_TO_ATTRIBUTE);
        return returnTo instanceof String s && s.startsWith("/") && !s.startsWith("//") && !s.contains("\\") ? s : "/";
    }

    /**
     * Signs the session in.
     *
     * @return where to go now, relative to the context root
     */
    static String establish(HttpServletRequest req, HttpServletResponse res, TrustedProxies proxies, SignInService.Result result,
            boolean strong, String returnTo) {
        HttpSession session = renew(req, res, proxies);
        session.removeAttribute(PendingSignIn.ATTRIBUTE);
        session.setAttribute(SignedInCaller.ATTRIBUTE, new SignedInCaller(result.username(), result.groups(), result.securityStamp(), strong));
        return result.mustChangePassword() ? "/account/password.xhtml" : returnTo;
    }

    /** Keeps a sign-in waiting for its code; the session is not signed in meanwhile. */
    static void pending(HttpServletRequest req, HttpServletResponse res, TrustedProxies proxies, SignInService.Result result,
            String returnTo, Instant now) {
        HttpSession session = renew(req, res, proxies);
        session.removeAttribute(SignedInCaller.ATTRIBUTE);
        session.setAttribute(PendingSignIn.ATTRIBUTE, new PendingSignIn(result.username(), result.securityStamp(), returnTo, now, 0));
    }

    private static HttpSession renew(HttpServletRequest req, HttpServletResponse res, TrustedProxies proxies) {
        HttpSession session = req.getSession(true);
        req.changeSessionId();
        secureSessionCookie(req, res, proxies);
        CsrfToken.renew(session);
        return session;
    }

    /** Behind a trusted TLS proxy the container cannot know the cookie must be Secure: say so on the header it wrote. */
    static void secureSessionCookie(HttpServletRequest req, HttpServletResponse res, TrustedProxies proxies) {
        if (req.isSecure() || !proxies.isSecure(req)) {
            return;
        }
        List<String> cookies = new ArrayList<>(res.getHeaders("Set-Cookie"));
        for (int i = 0; i < cookies.size(); i++) {
            String c = cookies.get(i);
            String secured = c.toLowerCase(Locale.ROOT).contains("secure") ? c : c + "; Secure";
            if (i == 0) {
                res.setHeader("Set-Cookie", secured);
            } else {
                res.addHeader("Set-Cookie", secured);
            }
        }
    }
}
