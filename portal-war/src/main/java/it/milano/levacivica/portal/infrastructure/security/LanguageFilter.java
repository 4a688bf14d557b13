package it.milano.levacivica.portal.infrastructure.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;

/** {@code ?lang=en} or {@code ?lang=it} on any page chooses the language for the rest of the session. Italian by default. */
@WebFilter(urlPatterns = "*.xhtml")
public class LanguageFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** Session attribute holding the chosen {@link Locale}. */
    public static final String LOCALE_ATTRIBUTE = "portal.locale";

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain) throws IOException, ServletException {
        if (req.getCharacterEncoding() == null) {
            req.setCharacterEncoding("UTF-8");
        }
        String lang = req.getParameter("lang");
        if ("en".equals(lang) || "it".equals(lang)) {
            req.getSession(true).setAttribute(LOCALE_ATTRIBUTE, Locale.forLanguageTag(lang));
        }
        chain.doFilter(req, res);
    }
}
