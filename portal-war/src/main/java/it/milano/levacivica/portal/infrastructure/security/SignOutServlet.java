package it.milano.levacivica.portal.infrastructure.security;

import it.milano.levacivica.portal.application.AuditTrail;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * Signs out: ends the session and returns to the sign-in page. POST only, with the session's CSRF token,
 * so that neither a link nor another site can sign anyone out. Audited.
 */
@WebServlet("/auth/logout")
public class SignOutServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient AuditTrail audit;

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse res) throws ServletException, IOException {
        if (!CsrfToken.matches(req, req.getParameter(CsrfToken.FIELD))) {
            res.setStatus(HttpServletResponse.SC_FOUND);
            res.setHeader("Location", req.getContextPath() + "/");
            return;
        }
        HttpSession session = req.getSession(false);
        Object locale = session == null ? null : session.getAttribute(LanguageFilter.LOCALE_ATTRIBUTE);
        if (session != null && session.getAttribute(SignedInCaller.ATTRIBUTE) instanceof SignedInCaller caller) {
            audit.recordAlone(caller.name(), "SIGN_OUT", "ACCOUNT", null, null);
        }
        req.logout();
        if (session != null) {
            session.invalidate();
        }
        if (locale != null) {
            req.getSession(true).setAttribute(LanguageFilter.LOCALE_ATTRIBUTE, locale);
        }
        res.setStatus(HttpServletResponse.SC_FOUND);
        res.setHeader("Location", req.getContextPath() + "/login.xhtml?signedOut=true");
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
        // a link to sign out does nothing but go home (the container's own 405 page would name the server)
        res.setStatus(HttpServletResponse.SC_FOUND);
        res.setHeader("Location", req.getContextPath() + "/");
    }
}
