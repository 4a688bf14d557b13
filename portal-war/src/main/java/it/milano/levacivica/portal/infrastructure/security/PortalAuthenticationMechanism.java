package it.milano.levacivica.portal.infrastructure.security;

import it.milano.levacivica.portal.application.ApiTokenService;
import it.milano.levacivica.portal.application.AuditTrail;
import it.milano.levacivica.portal.application.ClientAddress;
import it.milano.levacivica.portal.application.CurrentUser;
import it.milano.levacivica.portal.application.SecondFactorService;
import it.milano.levacivica.portal.application.SignInService;
import it.milano.levacivica.portal.application.SignInService.Outcome;
import it.milano.levacivica.portal.domain.people.PersonRepository;
import it.milano.levacivica.portal.domain.people.PersonRepository.AccountState;
import it.milano.levacivica.portal.interfaces.PortalMessages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The one way in, for browsers and scripts alike, and the checks every request passes first.
 *
 * <ol>
 *   <li>Bodies over {@value #MAX_BODY} bytes are refused (413) before anything reads them.</li>
 *   <li>A state-changing request whose {@code Origin} (or {@code Sec-Fetch-Site}) says it comes from
 *       another site is refused (403), whatever it carries.</li>
 *   <li>Scripts may send a personal API token as {@code Authorization: Bearer …} ({@link ApiTokenService}):
 *       re-checked on every request (revoked, expired, account disabled), read-only tokens only read.</li>
 *   <li>Browsers post the sign-in form, with its CSRF token, to {@code /auth/login}; on success the session
 *       id and the token change. Scripts call {@code /api/*} with HTTP Basic; a correct check is remembered
 *       for a few minutes ({@link BasicCredentialCache}).</li>
 *   <li>Every request of a session or a remembered check re-reads the account (one indexed query): a
 *       disabled account, or a security stamp that changed (password, roles, lock), ends it at once, on
 *       every instance.</li>
 *   <li>API calls made with the session cookie that change anything need the session's {@code X-CSRF-Token}.</li>
 *   <li>An account whose password an administrator reset can only choose a new one.</li>
 *   <li>An account with a second factor is not signed in by its password alone: the session holds a pending
 *       sign-in until {@code POST /auth/code} brings the code ({@link PendingSignIn}); its HTTP Basic is refused
 *       (API tokens instead). Social workers, coordinators and administrators without one can only enrol, when
 *       {@code portal.secondFactor.required}. SPID and CIE come in through {@link OidcSignInServlet}.</li>
 * </ol>
 *
 * Redirects are relative: the {@code Host} header is never used to build one.
 */
@ApplicationScoped
public class PortalAuthenticationMechanism implements HttpAuthenticationMechanism {

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(PortalAuthenticationMechanism.class.getName());

    /** Largest request body accepted, in bytes. */
    public static final long MAX_BODY = 1_048_576;

    static final String RETURN_TO_ATTRIBUTE = "portal.returnTo";

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    /** What an account that must change its password may still reach. */
    private static final List<String> WHILE_CHANGING_PASSWORD = List.of("/account/password.xhtml", "/auth/logout",
            "/api/v1/me", "/api/v1/me/password", "/jakarta.faces.resource/", "/login.xhtml", "/error/", "/resources/");
    /** The page where a second factor is enrolled, and what an account that must enrol one may still reach. */
    static final String ENROL_PAGE = "/account/second-factor.xhtml";
    private static final List<String> WHILE_ENROLLING = List.of(ENROL_PAGE, "/account/password.xhtml", "/auth/logout",
            "/api/v1/me", "/jakarta.faces.resource/", "/login.xhtml", "/error/", "/resources/");
    /** The page of the second step of a sign-in. */
    static final String CODE_PAGE = "/login-code.xhtml";

    @Inject
    private SignInService signIn;
    @Inject
    private PersonRepository people;
    @Inject
    private BasicCredentialCache cache;
    @Inject
    private TrustedProxies proxies;
    @Inject
    private AuditTrail audit;
    @Inject
    private ApiTokenService tokens;
    @Inject
    private java.time.Clock clock;
    /** Whether social workers, coordinators and administrators must enrol a second factor before anything else. */
    @Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "portal.secondFactor.required", defaultValue = "true")
    private boolean secondFactorRequired;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest req, HttpServletResponse res, HttpMessageContext ctx) {
        try {
            return validate(req, res, ctx);
        } catch (RuntimeException e) {
            if (!it.milano.levacivica.portal.infrastructure.persistence.DatabaseOutage.causedBy(e)) {
                // anything else is answered as the API's other failures are (problem+json, a page for people), with an
                // id to find it in the log: rethrown, it reached the client as the container's 500 with an empty body
                // (ResilienceIT, once in several runs while the database hung; issue 16)
                String id = java.util.UUID.randomUUID().toString();
                LOG.log(java.util.logging.Level.SEVERE, "Unexpected error " + id + " while checking who is signed in", e);
                return refuse(req, res, 500, "/problems/internal", "Internal Server Error", "error.internal", id);
            }
            // every request checks its account in the database: when that hangs or is away, say so at once
            res.setHeader("Retry-After", "5");
            return refuse(req, res, 503, "/problems/unavailable", "Service Unavailable", "error.unavailable");
        }
    }

    private AuthenticationStatus validate(HttpServletRequest req, HttpServletResponse res, HttpMessageContext ctx) {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        boolean api = path.startsWith("/api/");
        req.setAttribute(ClientAddress.ATTRIBUTE, proxies.clientAddress(req));
        boolean unsafe = !SAFE_METHODS.contains(req.getMethod());
        if (req.getContentLengthLong() > MAX_BODY) {
            return refuse(req, res, 413, "/problems/payload-too-large", "Content Too Large", "error.tooLarge");
        }
        if (unsafe && crossSite(req)) {
            return refuse(req, res, 403, "/problems/cross-site", "Forbidden", "error.crossSite");
        }
        if ("/auth/login".equals(path) && "POST".equals(req.getMethod())) {
            return formSignIn(req, res);
        }
        if ("/auth/code".equals(path) && "POST".equals(req.getMethod())) {
            return codeSignIn(req, res);
        }
        String authorization = req.getHeader("Authorization");
        if (api && authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return basic(authorization.substring(6).trim(), req, res, ctx, path);
        }
        if (api && authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            Optional<ApiTokenService.Bearer> bearer = tokens.authenticate(authorization.substring(7).trim());
            if (bearer.isEmpty()) {
                res.setHeader("WWW-Authenticate", "Bearer realm=\"leva-civica\", error=\"invalid_token\"");
                return refuse(req, res, 401, "/problems/unauthorized", "Unauthorized", "error.token.invalid");
            }
            if (bearer.get().readOnly() && unsafe) {
                return refuse(req, res, 403, "/problems/token-read-only", "Forbidden", "error.token.readOnly");
            }
            return signIn(ctx, req, bearer.get().username(), bearer.get().groups());
        }
        HttpSession session = req.getSession(false);
        if (session != null && session.getAttribute(SignedInCaller.ATTRIBUTE) instanceof SignedInCaller caller) {
            Optional<AccountState> state = people.accountState(caller.name());
            if (state.isPresent() && state.get().enabled() && state.get().securityStamp().equals(caller.securityStamp())) {
                if (api && unsafe && !CsrfToken.matches(req, req.getHeader(CsrfToken.HEADER))) {
                    return refuse(req, res, 403, "/problems/csrf", "Forbidden", "error.csrf");
                }
                if (state.get().mustChangePassword() && !mayWhileChangingPassword(path)) {
                    return api ? refuse(req, res, 403, "/problems/password-change-required", "Forbidden", "error.passwordChangeRequired")
                            : redirect(res, req.getContextPath() + "/account/password.xhtml");
                }
                if (!caller.strong() && secondFactorRequired && staff(caller.groups()) && !mayWhileEnrolling(path)) {
                    return api ? refuse(req, res, 403, "/problems/second-factor-required", "Forbidden", "error.secondFactor.required")
                            : redirect(res, req.getContextPath() + ENROL_PAGE);
                }
                return signIn(ctx, req, caller.name(), caller.groups());
            }
            // the account changed since this session signed in: the session ends here
            session.removeAttribute(SignedInCaller.ATTRIBUTE);
            session.invalidate();
            audit.recordAlone(caller.name(), "SESSION_ENDED", "ACCOUNT", null, state.isEmpty() ? "account gone"
                    : !state.get().enabled() ? "account disabled" : "access changed");
            if (!api) {
                return redirect(res, req.getContextPath() + "/login.xhtml?error=ended");
            }
        }
        if (!ctx.isProtected()) {
            return ctx.doNothing();
        }
        if (api) {
            return unauthorized(req, res);
        }
        if ("GET".equals(req.getMethod())) {
            String query = req.getQueryString();
            req.getSession(true).setAttribute(RETURN_TO_ATTRIBUTE, path + (query == null ? "" : "?" + query));
        }
        return redirect(res, req.getContextPath() + "/login.xhtml");
    }

    private static boolean mayWhileChangingPassword(String path) {
        return WHILE_CHANGING_PASSWORD.stream().anyMatch(p -> p.endsWith("/") ? path.startsWith(p) : path.equals(p));
    }

    private static boolean mayWhileEnrolling(String path) {
        return WHILE_ENROLLING.stream().anyMatch(p -> p.endsWith("/") ? path.startsWith(p) : path.equals(p));
    }

    /** A request from another site: its Origin names another origin, or the browser says it is cross-site. */
    private boolean crossSite(HttpServletRequest req) {
        String site = req.getHeader("Sec-Fetch-Site");
        if (site != null && site.equalsIgnoreCase("cross-site")) {
            return true;
        }
        String origin = req.getHeader("Origin");
        if (origin == null) {
            return false;
        }
        return !origin.equalsIgnoreCase(ownOrigin(req));
    }

    /** The portal's own origin as the browser sees it: the configured public origin, or this request's target. */
    private String ownOrigin(HttpServletRequest req) {
        String configured = proxies.publicOrigin();
        if (configured != null) {
            return configured;
        }
        String host = req.getHeader("Host");
        return (proxies.isSecure(req) ? "https://" : "http://") + (host == null ? "" : host.toLowerCase(Locale.ROOT));
    }

    private AuthenticationStatus formSignIn(HttpServletRequest req, HttpServletResponse res) {
        String login = req.getContextPath() + "/login.xhtml";
        if (!CsrfToken.matches(req, req.getParameter(CsrfToken.FIELD))) {
            return redirect(res, login + "?error=expired");
        }
        String username = req.getParameter("username");
        String password = req.getParameter("password");
        if (username == null || password == null || username.isBlank() || password.isEmpty()) {
            return redirect(res, login + "?error=invalid");
        }
        SignInService.Result result = signIn.signIn(username.strip(), password.toCharArray(), ClientAddress.of(req));
        if (result.outcome() != Outcome.SIGNED_IN) {
            return redirect(res, login + "?error=" + (result.outcome() == Outcome.THROTTLED ? "throttled" : "invalid")
                    + "&username=" + java.net.URLEncoder.encode(username.strip(), StandardCharsets.UTF_8));
        }
        HttpSession session = req.getSession(true);
        String returnTo = SessionStart.takeReturnTo(session);
        if (result.secondFactor()) {
            SessionStart.pending(req, res, proxies, result, returnTo, clock.instant());
            return redirect(res, req.getContextPath() + CODE_PAGE);
        }
        return redirect(res, req.getContextPath() + SessionStart.establish(req, res, proxies, result, false, returnTo));
    }

    /** The second step of a password sign-in: the code of the account's authenticator, or a recovery code. */
    private AuthenticationStatus codeSignIn(HttpServletRequest req, HttpServletResponse res) {
        String login = req.getContextPath() + "/login.xhtml";
        if (!CsrfToken.matches(req, req.getParameter(CsrfToken.FIELD))) {
            return redirect(res, login + "?error=expired");
        }
        HttpSession session = req.getSession(false);
        if (!(session.getAttribute(PendingSignIn.ATTRIBUTE) instanceof PendingSignIn pending) || pending.expired(clock.instant())) {
            session.removeAttribute(PendingSignIn.ATTRIBUTE);
            return redirect(res, login + "?error=expired");
        }
        String code = req.getParameter("code");
        if (code == null || code.isBlank()) {
            return redirect(res, req.getContextPath() + CODE_PAGE + "?error=invalid");
        }
        SignInService.Result result = signIn.secondStep(pending.username(), code.strip(), ClientAddress.of(req));
        if (result.outcome() == Outcome.THROTTLED) {
            return redirect(res, req.getContextPath() + CODE_PAGE + "?error=throttled");
        }
        if (result.outcome() != Outcome.SIGNED_IN) {
            PendingSignIn next = pending.failedOnce();
            if (next.attempts() >= PendingSignIn.MAX_ATTEMPTS) {
                session.removeAttribute(PendingSignIn.ATTRIBUTE);
                return redirect(res, login + "?error=invalid");
            }
            session.setAttribute(PendingSignIn.ATTRIBUTE, next);
            return redirect(res, req.getContextPath() + CODE_PAGE + "?error=invalid");
        }
        if (!result.securityStamp().equals(pending.securityStamp())) {
            // the account changed between the two steps: start over
            session.removeAttribute(PendingSignIn.ATTRIBUTE);
            return redirect(res, login + "?error=ended");
        }
        return redirect(res, req.getContextPath() + SessionStart.establish(req, res, proxies, result, true, pending.returnTo()));
    }

    private static boolean staff(Set<String> groups) {
        return SecondFactorService.STRONG_ROLES.stream().anyMatch(r -> groups.contains(r.name()));
    }

    private AuthenticationStatus basic(String encoded, HttpServletRequest req, HttpServletResponse res, HttpMessageContext ctx,
            String path) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return unauthorized(req, res);
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            return unauthorized(req, res);
        }
        String username = decoded.substring(0, colon);
        String password = decoded.substring(colon + 1);
        Optional<AccountState> state = people.accountState(username).filter(AccountState::enabled);
        Optional<Set<String>> remembered = state.flatMap(st -> cache.lookup(username, password, st.securityStamp()));
        Set<String> groups;
        boolean mustChange;
        if (remembered.isPresent()) {
            groups = remembered.get();
            mustChange = state.get().mustChangePassword();
        } else {
            // unknown and disabled names go through the full check too, so that they answer as a wrong password does
            SignInService.Result result = signIn.signIn(username, password.toCharArray(), ClientAddress.of(req));
            if (result.outcome() == Outcome.THROTTLED) {
                return refuse(req, res, 429, "/problems/too-many-attempts", "Too Many Requests", "error.throttled");
            }
            if (result.outcome() != Outcome.SIGNED_IN) {
                return unauthorized(req, res);
            }
            if (result.secondFactor()) {
                // a password alone never opens an account that has a second factor: scripts use API tokens
                return refuse(req, res, 403, "/problems/second-factor-use-token", "Forbidden", "error.secondFactor.useToken");
            }
            if (secondFactorRequired && staff(result.groups())) {
                return refuse(req, res, 403, "/problems/second-factor-required", "Forbidden", "error.secondFactor.requiredBasic");
            }
            cache.remember(result.username(), password, result.groups(), result.securityStamp());
            groups = result.groups();
            mustChange = result.mustChangePassword();
        }
        if (mustChange && !mayWhileChangingPassword(path)) {
            return refuse(req, res, 403, "/problems/password-change-required", "Forbidden", "error.passwordChangeRequired");
        }
        return signIn(ctx, req, username, groups);
    }

    private static AuthenticationStatus redirect(HttpServletResponse res, String location) {
        res.setHeader("Cache-Control", "no-store");
        res.setStatus(HttpServletResponse.SC_FOUND);
        res.setHeader("Location", location);
        return AuthenticationStatus.SEND_CONTINUE;
    }

    private AuthenticationStatus unauthorized(HttpServletRequest req, HttpServletResponse res) {
        // a page's script (it sends the session's CSRF token) whose session ended: a Basic challenge would make the
        // browser pop up its own password dialog over the page, so it is challenged for the other way the API takes
        boolean pageScript = req.getHeader(CsrfToken.HEADER) != null;
        res.setHeader("WWW-Authenticate", pageScript ? "Bearer realm=\"leva-civica\"" : "Basic realm=\"leva-civica\", charset=\"UTF-8\"");
        return refuse(req, res, 401, "/problems/unauthorized", "Unauthorized", "error.unauthorized");
    }

    /** Answers the request here: problem+json under /api, a short page elsewhere; nothing of the body is read. */
    private static AuthenticationStatus refuse(HttpServletRequest req, HttpServletResponse res, int status, String type, String title,
            String key, Object... args) {
        Locale locale = req.getHeader("Accept-Language") == null ? Locale.ITALIAN
                : PortalMessages.choose(java.util.Collections.list(req.getLocales()));
        String detail = PortalMessages.get(locale, key, args);
        res.setStatus(status);
        res.setHeader("Cache-Control", "no-store");
        if (status == 413) {
            res.setHeader("Connection", "close");
        }
        if (status == 429) {
            res.setHeader("Retry-After", "600");
        }
        res.setCharacterEncoding("UTF-8");
        try {
            String path = req.getRequestURI().substring(req.getContextPath().length());
            if (path.startsWith("/api/")) {
                res.setContentType("application/problem+json");
                res.getWriter().write("{\"type\":\"" + type + "\",\"title\":\"" + title + "\",\"status\":" + status
                        + ",\"detail\":\"" + json(detail) + "\"}");
            } else {
                res.setContentType("text/html");
                res.getWriter().write("<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"UTF-8\">"
                        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + status + "</title></head>"
                        + "<body><main id=\"errorPage\" data-error=\"" + (status == 503 ? "unavailable" : Integer.toString(status))
                        + "\"><h1>" + html(detail) + "</h1><p><a href=\"" + req.getContextPath() + "/\">"
                        + html(PortalMessages.get(locale, "error.backHome")) + "</a></p></main></body></html>");
            }
        } catch (IOException ignored) {
            // the client went away
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static String json(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    private static String html(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** Hands the caller to the container, and their groups to {@link CurrentUser} for this request. */
    private static AuthenticationStatus signIn(HttpMessageContext ctx, HttpServletRequest req, String name, Set<String> groups) {
        req.setAttribute(CurrentUser.GRANTED, new CurrentUser.Granted(name, groups));
        return ctx.notifyContainerAboutLogin(name, groups);
    }
}
