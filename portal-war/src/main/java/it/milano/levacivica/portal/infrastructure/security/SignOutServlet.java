package it.milano.levacivica.portal.infrastructure.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/** Signs out: ends the session and returns to the sign-in page. POST only, so a link cannot sign anyone out. */
@WebServlet("/auth/logout")
public class SignOutServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse res) throws ServletException, IOException {
        HttpSession session = req.getSession(false);
        Object locale = session == null ? null : session.getAttribute(LanguageFilter.LOCALE_ATTRIBUTE);
        req.logout();
        if (session != null) {
            session.invalidate();
        }
        if (locale != null) {
            req.getSession(true).setAttribute(LanguageFilter.LOCALE_ATTRIBUTE, locale);
        }
        res.sendRedirect(req.getContextPath() + "/login.xhtml?signedOut=true");
    }
}
