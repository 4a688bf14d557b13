package it.milano.levacivica.portal.interfaces.calendar;

import it.milano.levacivica.portal.application.CalendarFeedService;
import it.milano.levacivica.portal.application.ClientAddress;
import it.milano.levacivica.portal.infrastructure.security.TrustedProxies;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code GET /calendar/<token>.ics}: a person's private calendar feed (RFC 5545), read by calendar applications
 * without signing in. The path is not under any security constraint, GET is never checked for CSRF, and nothing
 * here opens an HTTP session (no cookie is set). An unknown, revoked or malformed token answers a bare 404, the
 * same for every case; an address that presented too many of them answers 429 for a while
 * ({@link CalendarFeedService#allows}). The answer is {@code private, no-store}: only the owner's calendar
 * application keeps it.
 */
@WebServlet("/calendar/*")
public class CalendarFeedServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** The path of a feed under the portal's origin. */
    public static final String PATH = "/calendar/";

    @Inject
    private transient CalendarFeedService feeds;
    @Inject
    private transient TrustedProxies proxies;

    /**
     * @param base the portal's origin (see {@link #origin})
     * @param token a feed token
     * @return the feed's URL
     */
    public static String url(String base, String token) {
        return base + PATH + token + ".ics";
    }

    /**
     * @param req a request to the portal
     * @param proxies the trusted proxies, for the configured public origin and the scheme
     * @return the origin people reach the portal at: {@code portal.publicOrigin}, else this request's own
     */
    public static String origin(HttpServletRequest req, TrustedProxies proxies) {
        String configured = proxies.publicOrigin();
        if (configured != null) {
            return configured + req.getContextPath();
        }
        String host = req.getHeader("Host");
        return (proxies.isSecure(req) ? "https://" : "http://") + (host == null ? req.getServerName() : host.toLowerCase(Locale.ROOT))
                + req.getContextPath();
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
        res.setHeader("Cache-Control", "private, no-store");
        String address = ClientAddress.of(req);
        if (!feeds.allows(address)) {
            res.setHeader("Retry-After", "600");
            plain(res, 429, "Too Many Requests");
            return;
        }
        String info = req.getPathInfo();
        String token = info != null && info.startsWith("/") && info.endsWith(".ics") && info.indexOf('/', 1) < 0
                ? info.substring(1, info.length() - ".ics".length()) : null;
        Optional<CalendarFeedService.Content> content = feeds.read(token, address);
        if (content.isEmpty()) {
            plain(res, 404, "Not Found");
            return;
        }
        byte[] body = ICalendarWriter.write(content.get(), origin(req, proxies)).getBytes(StandardCharsets.UTF_8);
        res.setStatus(200);
        res.setContentType("text/calendar; charset=utf-8");
        res.setHeader("Content-Disposition", "inline; filename=\"leva-civica.ics\"");
        res.setContentLength(body.length);
        res.getOutputStream().write(body);
    }

    /** A short plain answer written here: the container's error pages would render a Faces page (and a session). */
    private static void plain(HttpServletResponse res, int status, String text) throws IOException {
        res.setStatus(status);
        res.setContentType("text/plain; charset=utf-8");
        res.getWriter().write(text);
    }
}
