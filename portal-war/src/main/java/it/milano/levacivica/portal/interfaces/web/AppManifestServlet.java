package it.milano.levacivica.portal.interfaces.web;

import it.milano.levacivica.portal.interfaces.JsonBuilders;
import it.milano.levacivica.portal.interfaces.PortalMessages;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;

/**
 * The web app manifest of the volunteer's "today" card (<i>Le mie ore</i>), so that a phone can install it:
 * names from the resource bundle in the language asked ({@code ?lang=en}; the browser fetches a manifest
 * without cookies, so the page passes its language), the theme's primary colour, the volunteer's home as
 * start page and the whole portal as scope (the service worker {@code /sw.js} serves the home offline).
 * Public: it holds nothing personal.
 */
@WebServlet("/app.webmanifest")
public class AppManifestServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** The theme's {@code --primary-color} (resources/primefaces-leva/theme.css). */
    static final String THEME_COLOUR = "#1565c0";

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
        Locale locale = "en".equals(req.getParameter("lang")) ? Locale.ENGLISH : Locale.ITALIAN;
        String root = req.getContextPath() + "/";
        JsonObjectBuilder manifest = JsonBuilders.object()
                .add("id", root + "volunteer/home.xhtml")
                .add("name", PortalMessages.get(locale, "app.install.name"))
                .add("short_name", PortalMessages.get(locale, "app.install.shortName"))
                .add("description", PortalMessages.get(locale, "app.install.description"))
                .add("lang", locale.getLanguage())
                .add("start_url", root + "volunteer/home.xhtml")
                .add("scope", root)
                .add("display", "standalone")
                .add("orientation", "portrait")
                .add("theme_color", THEME_COLOUR)
                .add("background_color", "#ffffff")
                .add("icons", JsonBuilders.array()
                        .add(icon(root + "resources/app/icon-192.png", "192x192", "image/png", "any maskable"))
                        .add(icon(root + "resources/app/icon-512.png", "512x512", "image/png", "any maskable"))
                        .add(icon(root + "resources/app/icon.svg", "any", "image/svg+xml", "any")));
        res.setContentType("application/manifest+json");
        res.setCharacterEncoding("UTF-8");
        res.getWriter().write(manifest.build().toString());
    }

    private static JsonObjectBuilder icon(String src, String sizes, String type, String purpose) {
        return JsonBuilders.object().add("src", src).add("sizes", sizes).add("type", type).add("purpose", purpose);
    }
}
