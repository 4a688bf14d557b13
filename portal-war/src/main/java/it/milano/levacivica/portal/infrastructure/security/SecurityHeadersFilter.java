package it.milano.levacivica.portal.infrastructure.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.net.URI;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The headers every answer carries (OWASP ASVS 14.4), and what is never served.
 *
 * <ul>
 *   <li>{@code X-Content-Type-Options: nosniff}, {@code Referrer-Policy: same-origin}, a restrictive
 *       {@code Permissions-Policy}, {@code X-Frame-Options: DENY}; HSTS when the client came over TLS.</li>
 *   <li>{@code Cache-Control: no-store} on everything but static resources: pages, API answers and
 *       exports hold personal data.</li>
 *   <li>Pages get their Content-Security-Policy from PrimeFaces' CSP mode (a nonce per response, no
 *       inline scripts); API answers get {@code default-src 'none'}; the service worker {@code /sw.js} may also
 *       fetch from its own origin ({@code connect-src 'self'}).</li>
 *   <li>Redirects are made relative, so that the {@code Host} header never ends up in a Location.</li>
 *   <li>No WADL, and {@code /metrics} only where {@code portal.metrics.open=true}.</li>
 * </ul>
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** The service worker of the volunteer's today card (webapp/sw.js), served from the root for its scope. */
    static final String SERVICE_WORKER = "/sw.js";

    @Inject
    private transient TrustedProxies proxies;

    @Inject
    @ConfigProperty(name = "portal.metrics.open", defaultValue = "false")
    private boolean metricsOpen;

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain) throws IOException, ServletException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        res.setHeader("X-Content-Type-Options", "nosniff");
        res.setHeader("Referrer-Policy", "same-origin");
        res.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()");
        res.setHeader("X-Frame-Options", "DENY");
        res.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        if (proxies.isSecure(req)) {
            res.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        boolean staticResource = path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/");
        if (!staticResource) {
            res.setHeader("Cache-Control", "no-store");
            res.setHeader("Pragma", "no-cache");
        }
        if (SERVICE_WORKER.equals(path)) {
            // a worker's own policy governs its fetches: it may fetch (and keep) this origin's files, nothing else
            res.setHeader("Content-Security-Policy", "default-src 'none'; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'");
        } else if (!path.endsWith(".xhtml") && !staticResource && !"/".equals(path)) {
            res.setHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'");
        }
        if (path.endsWith(".wadl") || path.contains("application.wadl") || (!metricsOpen && (path.equals("/metrics") || path.startsWith("/metrics/")))) {
            res.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        chain.doFilter(req, new RelativeRedirects(res));
    }

    /** Turns every redirect into a relative one: a Location never carries the (client-chosen) Host. */
    static final class RelativeRedirects extends HttpServletResponseWrapper {

        RelativeRedirects(HttpServletResponse res) {
            super(res);
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            if (isCommitted()) {
                throw new IllegalStateException("response already committed");
            }
            resetBuffer();
            setStatus(SC_FOUND);
            setHeader("Location", relative(location));
        }

        static String relative(String location) {
            try {
                URI uri = URI.create(location);
                if (uri.isAbsolute() || uri.getRawAuthority() != null) {
                    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
                    return path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                            + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment());
                }
            } catch (IllegalArgumentException notAUri) {
                return "/";
            }
            return location;
        }
    }
}
