package it.milano.levacivica.portal.interfaces.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;

/**
 * Where the container sends errors ({@code web.xml}'s error pages): a GET is shown the page in place, with
 * its status; anything else (a form post whose page state is broken or expired) is sent to that page
 * with a redirect, because re-running the failed post's checks (PrimeFaces' CSP nonce, the ViewState)
 * on the error page would fail again.
 */
@WebServlet("/error/show/*")
public class ErrorPages extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static final Set<String> PAGES = Set.of("error", "expired", "forbidden", "notfound", "unavailable");

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse res) throws ServletException, IOException {
        Object uri = req.getAttribute("jakarta.servlet.error.request_uri");
        boolean outage = it.milano.levacivica.portal.infrastructure.persistence.DatabaseOutage.causedBy(
                (Throwable) req.getAttribute("jakarta.servlet.error.exception"));
        if (outage) {
            // the database is unreachable or hangs: a 503 that says "try again shortly", never a stack trace
            res.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            res.setHeader("Retry-After", "5");
            req.setAttribute("jakarta.servlet.error.status_code", HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        }
        if (uri instanceof String u && u.startsWith(req.getContextPath() + "/api/")) {
            problem(req, res);
            return;
        }
        String name = req.getPathInfo() == null ? "error" : req.getPathInfo().substring(1);
        if (outage) {
            name = "unavailable";
        } else if ("error".equals(name) && pageStateBroken((Throwable) req.getAttribute("jakarta.servlet.error.exception"))) {
            name = "expired";
        }
        String page = "/error/" + (PAGES.contains(name) ? name : "error") + ".xhtml";
        if ("GET".equals(req.getMethod()) || res.isCommitted() || outage) {
            req.getRequestDispatcher(page).forward(req, res);
            return;
        }
        res.resetBuffer();
        res.setStatus(HttpServletResponse.SC_SEE_OTHER);
        res.setHeader("Location", req.getContextPath() + page);
    }

    /** Under {@code /api} every error is problem+json, also those the container raises (unmatched path, bad request). */
    private static void problem(HttpServletRequest req, HttpServletResponse res) throws IOException {
        Object code = req.getAttribute("jakarta.servlet.error.status_code");
        int status = code instanceof Integer i ? i : 500;
        java.util.Locale locale = req.getHeader("Accept-Language") == null ? java.util.Locale.ITALIAN
                : it.milano.levacivica.portal.interfaces.PortalMessages.choose(java.util.Collections.list(req.getLocales()));
        String key = switch (status) {
            case 404 -> "error.notFound";
            case 405 -> "error.method";
            case 406, 415 -> "error.mediaType";
            case 413 -> "error.tooLarge";
            case 500 -> "error.page.error.text";
            case 503 -> "error.unavailable";
            default -> "error.request";
        };
        String title = switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 406 -> "Not Acceptable";
            case 413 -> "Content Too Large";
            case 415 -> "Unsupported Media Type";
            case 500 -> "Internal Server Error";
            case 503 -> "Service Unavailable";
            default -> "Error";
        };
        String detail = it.milano.levacivica.portal.interfaces.PortalMessages.get(locale, key).replace("\\", "\\\\").replace("\"", "\\\"");
        res.resetBuffer();
        res.setStatus(status);
        res.setContentType("application/problem+json");
        res.setCharacterEncoding("UTF-8");
        res.getWriter().write("{\"type\":\"/problems/" + (status == 503 ? "unavailable" : "http-" + status) + "\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + detail + "\"}");
    }

    /** A page's state that is broken, expired or not this page's: the "page expired" page, not an error. */
    private static boolean pageStateBroken(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String type = t.getClass().getName();
            if (type.equals("jakarta.faces.application.ViewExpiredException") || type.equals("jakarta.faces.application.ProtectedViewException")
                    || type.equals("org.primefaces.csp.CspException")) {
                return true;
            }
        }
        return false;
    }
}
