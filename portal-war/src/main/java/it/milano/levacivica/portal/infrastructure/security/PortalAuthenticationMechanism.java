package it.milano.levacivica.portal.infrastructure.security;

import it.milano.levacivica.portal.application.SignInService.Outcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;

/**
 * One way in for browsers and scripts alike.
 *
 * <ul>
 *   <li>Browsers post the sign-in form to {@code /auth/login}; on success the session id is changed
 *       (no session fixation) and the caller is kept in the session; protected pages redirect to the
 *       form when nobody is signed in.</li>
 *   <li>Scripts call {@code /api/*} with HTTP Basic; a correct check is remembered for a few minutes
 *       ({@link BasicCredentialCache}). A browser's session works on the API too.</li>
 * </ul>
 */
@ApplicationScoped
public class PortalAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String FAILURE_ATTRIBUTE = "portal.signInFailure";
    static final String CALLER_ATTRIBUTE = "portal.caller";
    static final String RETURN_TO_ATTRIBUTE = "portal.returnTo";

    @Inject
    private IdentityStoreHandler identityStores;

    @Inject
    private BasicCredentialCache cache;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest req, HttpServletResponse res, HttpMessageContext ctx) {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        boolean api = path.startsWith("/api/");
        if ("/auth/login".equals(path) && "POST".equals(req.getMethod())) {
            return formSignIn(req, ctx);
        }
        String authorization = req.getHeader("Authorization");
        if (api && authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return basic(authorization.substring(6).trim(), res, ctx);
        }
        HttpSession session = req.getSession(false);
        if (session != null && session.getAttribute(CALLER_ATTRIBUTE) instanceof SignedInCaller caller) {
            return ctx.notifyContainerAboutLogin(caller.name(), caller.groups());
        }
        if (!ctx.isProtected()) {
            return ctx.doNothing();
        }
        if (api) {
            return unauthorized(res, ctx);
        }
        if ("GET".equals(req.getMethod())) {
            String query = req.getQueryString();
            req.getSession(true).setAttribute(RETURN_TO_ATTRIBUTE, path + (query == null ? "" : "?" + query));
        }
        return ctx.redirect(req.getContextPath() + "/login.xhtml");
    }

    private AuthenticationStatus formSignIn(HttpServletRequest req, HttpMessageContext ctx) {
        String username = req.getParameter("username");
        String password = req.getParameter("password");
        if (username == null || password == null || username.isBlank() || password.isEmpty()) {
            return ctx.redirect(req.getContextPath() + "/login.xhtml?error=invalid");
        }
        CredentialValidationResult result = identityStores.validate(
                new UsernamePasswordCredential(username.strip(), password));
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            String why = req.getAttribute(FAILURE_ATTRIBUTE) == Outcome.LOCKED ? "locked" : "invalid";
            return ctx.redirect(req.getContextPath() + "/login.xhtml?error=" + why);
        }
        HttpSession session = req.getSession(true);
        req.changeSessionId();
        session.setAttribute(CALLER_ATTRIBUTE, new SignedInCaller(result.getCallerPrincipal().getName(), Set.copyOf(result.getCallerGroups())));
        Object returnTo = session.getAttribute(RETURN_TO_ATTRIBUTE);
        session.removeAttribute(RETURN_TO_ATTRIBUTE);
        String target = returnTo instanceof String s && s.startsWith("/") && !s.startsWith("//") ? s : "/";
        return ctx.redirect(req.getContextPath() + target);
    }

    private AuthenticationStatus basic(String encoded, HttpServletResponse res, HttpMessageContext ctx) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return unauthorized(res, ctx);
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            return unauthorized(res, ctx);
        }
        String username = decoded.substring(0, colon);
        String password = decoded.substring(colon + 1);
        var remembered = cache.lookup(username, password);
        if (remembered.isPresent()) {
            return ctx.notifyContainerAboutLogin(username, remembered.get());
        }
        CredentialValidationResult result = identityStores.validate(new UsernamePasswordCredential(username, password));
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return unauthorized(res, ctx);
        }
        cache.remember(username, password, result.getCallerGroups());
        return ctx.notifyContainerAboutLogin(result);
    }

    private static AuthenticationStatus unauthorized(HttpServletResponse res, HttpMessageContext ctx) {
        res.setHeader("WWW-Authenticate", "Basic realm=\"leva-civica\", charset=\"UTF-8\"");
        res.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        res.setContentType("application/problem+json");
        res.setCharacterEncoding("UTF-8");
        try {
            res.getWriter().write("{\"type\":\"/problems/unauthorized\",\"title\":\"Unauthorized\",\"status\":401,"
                    + "\"detail\":\"Sign in with HTTP Basic or a browser session.\"}");
        } catch (IOException ignored) {
            // the client went away
        }
        return AuthenticationStatus.SEND_FAILURE;
    }
}
